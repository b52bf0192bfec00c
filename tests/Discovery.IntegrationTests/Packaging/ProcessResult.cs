namespace Discovery.IntegrationTests.Packaging;

/// <summary>How a program run by <see cref="PackageProcess"/> ended, and what it printed.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}; stdout: {Output}; stderr: {Error}";
}
