namespace Discovery.Cli.Tests.Settings;

/// <summary>
/// Issue 13 item 10: every numeric option, from the settings table or not, refuses a value outside its bounds with one
/// line naming the option (or variable) and the bounds, through the real command line.
/// </summary>
public sealed class BoundedOptionTests
{
    [Theory]
    [InlineData("discover: --parallel: '0' is not between 1 and 4096", "collect", "127.0.0.1", "--parallel", "0")]
    [InlineData("discover: --parallel: '-5' is not between 1 and 4096", "collect", "127.0.0.1", "--parallel", "-5")]
    [InlineData("discover: --parallel: '2000000000' is not between 1 and 4096", "collect", "127.0.0.1", "--parallel", "2000000000")]
    [InlineData("discover: --per-bmc: '-3' is not between 1 and 16", "collect", "127.0.0.1", "--per-bmc", "-3")]
    [InlineData("discover: --timeout: '0' is not between 1ms and 1h", "collect", "127.0.0.1", "--timeout", "0")]
    [InlineData("discover: --request-timeout: '100000d' is not between 1ms and 1h", "crawl", "127.0.0.1", "--request-timeout", "100000d")]
    [InlineData("discover: --timeout: '2h' is not between 1ms and 1h", "scan", "127.0.0.1", "--timeout", "2h")]
    [InlineData("discover: --deadline: '30d' is not between 0s and 7d", "run", "--deadline", "30d")]
    [InlineData("discover: --jitter: 'soon' is not a duration between 0s and 1d (e.g. 500ms, 3s, 10m, 1h)", "run", "--jitter", "soon")]
    [InlineData("discover: --snapshot-interval: '100000d' is not between 0s and 7d", "serve", "--snapshot-interval", "100000d")]
    [InlineData("discover: --limit: '0' is not between 1 and 100000", "history", "--limit", "0")]
    [InlineData("discover: --limit: '99999999999' is not between 1 and 100000", "history", "--limit", "99999999999")]
    [InlineData("discover: --limit: '0' is not between 1 and 1000000", "get", "nodes", "--limit", "0")]
    [InlineData("discover: --limit: 'ten' is not a whole number between 1 and 1000000", "get", "nodes", "--limit", "ten")]
    [InlineData("discover: --if-match: '-4' is not between 0 and 9223372036854775807", "delete", "node", "x", "--if-match", "-4")]
    [InlineData("discover: --ttl: '100000d' is not between 1s and 365d", "token", "--subject", "a", "--ttl", "100000d")]
    public async Task RunAsync_NumberOutOfBounds_OneLineNamingOptionAndBounds(string expected, params string[] args)
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal(expected, cli.Error.ToString().Split(Environment.NewLine)[0]);
        Assert.Equal(string.Empty, cli.Output.ToString());
    }

    [Fact]
    public async Task RunAsync_NumberOutOfBoundsInTheEnvironment_NamesTheVariable()
    {
        var cli = new CliTestContext();
        cli.Environment["DISCOVER_PARALLEL"] = "0";

        var exitCode = await cli.RunAsync("collect", "127.0.0.1");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith("discover: DISCOVER_PARALLEL: '0' is not between 1 and 4096", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
