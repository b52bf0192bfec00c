namespace Discovery.Testing;

/// <summary>How a program run by <see cref="ProcessRunner"/> ended, and what it printed.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
public sealed record ProcessRunResult(int ExitCode, string Output, string Error)
{
    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}; stdout: {Output}; stderr: {Error}";
}
