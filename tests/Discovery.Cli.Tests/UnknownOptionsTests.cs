namespace Discovery.Cli.Tests;

/// <summary>Issue 13 item 10: an unknown option is reported as one, whatever the command, through the real parser.</summary>
public sealed class UnknownOptionsTests
{
    [Theory]
    [InlineData("discover scan", "--frobnicate", new[] { "scan", "--frobnicate", "127.0.0.1" })]
    [InlineData("discover scan", "--frobnicate", new[] { "scan", "--frobnicate" })]
    [InlineData("discover collect", "-Z", new[] { "collect", "127.0.0.1", "-Z" })]
    [InlineData("discover crawl", "--frobnicate=3", new[] { "crawl", "--frobnicate=3", "127.0.0.1" })]
    [InlineData("discover run", "--nope", new[] { "run", "--nope" })]
    [InlineData("discover send", "--nope", new[] { "send", "--nope" })]
    [InlineData("discover serve", "--nope", new[] { "serve", "--nope" })]
    [InlineData("discover logs query", "--frob", new[] { "logs", "query", "--frob", "select 1" })]
    [InlineData("discover get", "--bogus", new[] { "get", "nodes", "--bogus" })]
    [InlineData("discover apply", "--bogus", new[] { "apply", "--bogus", "-f", "x.yaml" })]
    public async Task RunAsync_UnknownOption_SaidAsSuchWithTheCommandsHelp(string command, string option, string[] args)
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal(
            [$"discover: unknown option '{option}'", $"Run '{command} --help' for usage."],
            cli.Error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(string.Empty, cli.Output.ToString());
    }

    [Fact]
    public async Task RunAsync_OptionLikeWordsAfterDoubleDashOrAsValues_AreNotUnknownOptions()
    {
        var cli = new CliTestContext();

        // After "--" a word is an argument: here a target, which is then judged (and refused) as one.
        var exitCode = await cli.RunAsync("scan", "--", "-not-a-host");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.DoesNotContain("unknown option", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'-not-a-host'", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
