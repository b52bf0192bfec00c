namespace Discovery.Testing.Smd;

/// <summary>
/// The errors SMD writes while it parses a registration's inventory and carries on: the first one sets the
/// status and body of the answer (later writes are Go's "superfluous WriteHeader"), the work goes on regardless.
/// </summary>
internal sealed class SmdErrors
{
    /// <summary>The answer the first error made, or null when none occurred.</summary>
    public SmdAnswer? First { get; private set; }

    /// <summary>Records an error (only the first one shows).</summary>
    public void Add(int status, string detail) => First ??= SmdAnswer.Problem(status, detail);
}
