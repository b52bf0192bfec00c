using Discovery.Testing.Mockups;
using Command = global::MockBmc.MockBmcCommand;

namespace Discovery.MockBmc.Tests.Program;

/// <summary>The <c>--fault</c> flag's help and its refusals of bad values (exit code 2, the value named), run in process.</summary>
public sealed class MockBmcCommandFaultTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Help_NamesEveryFault()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        await Command.RunAsync(["--help"], output, error, Token);

        var help = output.ToString();
        foreach (var fault in new[] { "hang", "malformed", "truncated", "oversized", "link-cycle", "sessions-full", "wrong-password", "power-stuck", "--power-delay", "reset_types", "password-file", "password-env", "latency:MS", "jitter:MS", "error-rate:SHARE", "firmware-version:TEXT", "open_sessions", "resets" })
        {
            Assert.Contains(fault, help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("1=explode", "unknown fault 'explode'")]
    [InlineData("2=hang", "'2' is neither an instance index (0..1)")]
    [InlineData("127.0.115.9=hang", "'127.0.115.9' is neither")]
    [InlineData("hang", "expected SELECTOR=FAULT")]
    [InlineData("0=error-rate:2", "SHARE must be a number within 0..1")]
    [InlineData("0=latency:soon", "MS must be a whole number")]
    [InlineData("0=password-env:MOCK_BMC_TEST_UNSET_VARIABLE", "environment variable MOCK_BMC_TEST_UNSET_VARIABLE is not set")]
    [InlineData("0=password-file:/nonexistent/password", "cannot read the password file")]
    public async Task Run_BadFault_ExitCode2NamingTheValue(string fault, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Command.RunAsync(["--mockup", MockupPaths.Project("minimal"), "--fleet", "2", "--first-address", "127.0.115.2", "--fault", fault], output, error, Token);

        Assert.Equal(2, exit);
        Assert.Contains($"--fault '{fault}'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ready", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--latency", "-5", "--latency '-5' is out of range: it must be within 0..600000 ms.")]
    [InlineData("--jitter", "700000", "--jitter '700000' is out of range: it must be within 0..600000 ms.")]
    [InlineData("--power-delay", "-1", "--power-delay '-1' is out of range")]
    [InlineData("--port", "70000", "--port '70000' is out of range: it must be within 0..65535.")]
    [InlineData("--session-limit", "0", "--session-limit '0' is out of range")]
    [InlineData("--ssdp-port", "0", "--ssdp-port '0' is out of range")]
    [InlineData("--mdns-obmc", "3", "--mdns-obmc '3' is out of range: it must be within 0..2 (at most --fleet).")]
    [InlineData("--fleet", "0", "--fleet '0' is out of range")]
    [InlineData("--fleet", "16777215", "--fleet '16777215' is out of range: it must be within 1..16354558 (instances from 127.6.115.2 to the end of its /8).")]
    public async Task Run_NumberOutOfRange_ExitCode2NamingTheFlagAndValue(string flag, string value, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var arguments = flag == "--fleet"
            ? new[] { "--mockup", MockupPaths.Project("minimal"), "--first-address", "127.6.115.2", flag, value }
            : ["--mockup", MockupPaths.Project("minimal"), "--fleet", "2", "--first-address", "127.6.115.2", flag, value];
        var exit = await Command.RunAsync(arguments, output, error, Token);

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ready", output.ToString(), StringComparison.Ordinal);
    }
}
