namespace Discovery.Power;

/// <summary>One node to act on: how people name it, its BMC and its ComputerSystem URI (null when the inventory lacks them).</summary>
internal sealed record PowerTarget(string Node, Uri? BmcUri, string? SystemUri);
