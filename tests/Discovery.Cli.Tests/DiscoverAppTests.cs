using System.Text.Json;

namespace Discovery.Cli.Tests;

public sealed class DiscoverAppTests
{
    [Fact]
    public async Task RunAsync_VersionAsJson_PrintsSnakeCaseObject()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("version", "-o", "json");

        Assert.Equal(ExitCodes.Ok, exitCode);
        using var document = JsonDocument.Parse(cli.Output.ToString());
        Assert.False(string.IsNullOrEmpty(document.RootElement.GetProperty("version").GetString()));
        Assert.StartsWith(".NET", document.RootElement.GetProperty("runtime").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownOption_ReturnsBadInputAndNamesIt()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("version", "--no-such-option");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("--no-such-option", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output.ToString());
    }

    [Fact]
    public async Task RunAsync_BadOutputFormat_ReturnsBadInput()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("version", "-o", "xml");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("'xml' is not an output format", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoCommand_ReturnsBadInput()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync();

        Assert.Equal(ExitCodes.BadInput, exitCode);
    }

    [Fact]
    public async Task RunAsync_Help_ListsCommandsOnOutput()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("--help");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("version", cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--state-dir", cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CancelledToken_ReturnsCancelled()
    {
        var cli = new CliTestContext();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var exitCode = await DiscoverApp.RunAsync(["version"], cli.Build(), cancelled.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
    }
}
