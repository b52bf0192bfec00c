using System.Text.Json;

namespace Discovery.Cli.Tests.Settings;

/// <summary>One settings model for every command (issue 12): one duration grammar, YAML lists, errors that name their source.</summary>
public sealed class CommandSettingsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("settings-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Durations_OneGrammarForEveryKey()
    {
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("config", "show", "-o", "json", "--request-timeout", "3s", "--scan-timeout", "500ms", "--deadline", "1h", "--snapshot-interval", "00:10:00");

        Assert.True(exit == ExitCodes.Ok, cli.Error.ToString());
        var rows = Rows(cli.Output.ToString());
        Assert.Equal(("3s", "flag --request-timeout"), rows["collect.request_timeout"]);
        Assert.Equal(("500ms", "flag --scan-timeout"), rows["scan.timeout"]);
        Assert.Equal(("1h", "flag --deadline"), rows["run.deadline"]);
        Assert.Equal(("00:10:00", "flag --snapshot-interval"), rows["serve.snapshot_interval"]);
    }

    [Fact]
    public async Task Collect_TimeoutWithUnit_RunsAndReportsTheUnreachableBmc()
    {
        var cli = new CliTestContext();

        // Port 1 on loopback refuses at once: the run is quick, and proves --timeout 3s got past the settings.
        var exit = await cli.RunAsync("collect", "127.0.0.1:1", "--timeout", "3s", "--no-log", "--no-store", "--no-secrets-store", "--state-dir", _directory, "-o", "json");

        Assert.True(exit == ExitCodes.SomeTargetsFailed, cli.Error.ToString());
        Assert.Contains("\"unreachable\"", cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TimeoutWithUnit_Accepted()
    {
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("scan", "127.0.0.1", "-p", "1", "--timeout", "3s", "--no-log", "--state-dir", _directory, "-o", "json");

        Assert.True(exit == ExitCodes.Ok, cli.Error.ToString());
        Assert.Equal("[]", cli.Output.ToString().Trim());
    }

    [Fact]
    public async Task Collect_NegativePerBmc_NamesTheFlag()
    {
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("collect", "127.0.0.1:1", "--per-bmc", "-3", "--state-dir", _directory);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("discover: --per-bmc: '-3' is not between 1 and 16", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_BadValueFromEnvironmentOrFile_NamesTheVariableOrFileLineAndKey()
    {
        var config = Path.Combine(_directory, "discover.yaml");
        await File.WriteAllTextAsync(config, "collect:\n  per_bmc: 40\n", TestContext.Current.CancellationToken);
        var fromFile = new CliTestContext();
        var fromEnvironment = new CliTestContext();
        fromEnvironment.Environment["DISCOVER_PER_BMC"] = "0";

        Assert.Equal(ExitCodes.BadInput, await fromFile.RunAsync("collect", "127.0.0.1:1", "--config", config, "--state-dir", _directory));
        Assert.Equal(ExitCodes.BadInput, await fromEnvironment.RunAsync("collect", "127.0.0.1:1", "--state-dir", _directory));

        Assert.Contains($"{config}:2: collect.per_bmc: '40' is not between 1 and 16", fromFile.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("DISCOVER_PER_BMC: '0' is not between 1 and 16", fromEnvironment.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigFile_PortsAsYamlListOrString_BothAccepted()
    {
        var list = Path.Combine(_directory, "list.yaml");
        var text = Path.Combine(_directory, "text.yaml");
        await File.WriteAllTextAsync(list, "targets: [10.0.0.0/24]\nports: [443, 8443]\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(text, "targets: [10.0.0.0/24]\nports: \"443,8443\"\n", TestContext.Current.CancellationToken);
        var fromList = new CliTestContext();
        var fromText = new CliTestContext();

        Assert.True(await fromList.RunAsync("config", "show", "-f", list, "-o", "json") == ExitCodes.Ok, fromList.Error.ToString());
        Assert.True(await fromText.RunAsync("config", "show", "-f", text, "-o", "json") == ExitCodes.Ok, fromText.Error.ToString());

        Assert.Equal(("443,8443", $"{list}:2"), Rows(fromList.Output.ToString())["ports"]);
        Assert.Equal(("443,8443", $"{text}:2"), Rows(fromText.Output.ToString())["ports"]);
    }

    [Fact]
    public async Task ConfigShow_CoversTheKeysOfEveryCommand()
    {
        var cli = new CliTestContext();
        cli.Environment["DISCOVER_JWT_SECRET"] = "a-secret-that-is-long-enough-for-hs256";

        var exit = await cli.RunAsync("config", "show", "-o", "json", "-v");

        Assert.Equal(ExitCodes.Ok, exit);
        var rows = Rows(cli.Output.ToString());
        Assert.Equal(("15m", "default"), rows["serve.snapshot_interval"]);
        Assert.Equal(("***", "env DISCOVER_JWT_SECRET"), rows["serve.jwt_secret"]);
        Assert.Equal(("512", "default"), rows["scan.concurrency"]);
        Assert.Equal(("3", "default"), rows["smd.retries"]);
        Assert.Equal(("debug", "flag --verbose"), rows["log_level"]);
        Assert.DoesNotContain("a-secret-that-is-long-enough", cli.Output.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, (string?, string?)> Rows(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => (r.GetProperty("value").GetString(), r.GetProperty("source").GetString()));
}
