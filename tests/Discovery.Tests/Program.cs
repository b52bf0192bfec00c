namespace Discovery.Tests;

/// <summary>
/// The test executable's entry point. xunit v3 test projects are executables, and no extra project may be
/// added, so helper modes that a test or script must run as a separate process live here:
/// <c>--crawl-log-child</c> (a writer a test kills with SIGKILL) and <c>--bench-crawl-log</c>.
/// Anything else goes to the xunit runner exactly as the generated entry point would.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && HelperModes.TryRun(args, out var exitCode))
        {
            return exitCode;
        }

        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
        {
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework
                .RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult();
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
