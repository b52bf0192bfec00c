namespace Discovery.Pipeline;

/// <summary>A BMC that answered but that the location map could not place (it keeps a derived xname, never dropped).</summary>
/// <param name="Endpoint">The address collected.</param>
/// <param name="Mac">The BMC's MAC, when it reported one.</param>
/// <param name="Xname">The derived xname it got instead.</param>
/// <param name="Reason">Why the switches did not place it.</param>
internal sealed record UnplacedBmc(string Endpoint, string? Mac, string? Xname, string Reason);
