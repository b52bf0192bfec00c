using System.Text.Json;

namespace Discovery.Cli.Tests.Commands;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("config-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ConfigShow_FileEnvironmentAndFlags_EachValueWithItsSourceAndSecretsMasked()
    {
        var config = Path.Combine(_directory, "run.yaml");
        await File.WriteAllTextAsync(config, "targets: [10.0.0.0/24]\nports: \"8443\"\nrun:\n  missing_after: 2\n", TestContext.Current.CancellationToken);
        var cli = new CliTestContext();
        cli.Environment["DISCOVER_PORTS"] = "9443";
        cli.Environment["ACCESS_TOKEN"] = "eyJ-secret-token";

        var exit = await cli.RunAsync("config", "show", "-f", config, "--missing-after", "4", "-o", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        var rows = JsonDocument.Parse(cli.Output.ToString()).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => (r.GetProperty("value").GetString(), r.GetProperty("source").GetString()));
        Assert.Equal(("10.0.0.0/24", $"{config}:1"), rows["targets"]);
        Assert.Equal(("9443", "env DISCOVER_PORTS"), rows["ports"]);
        Assert.Equal(("4", "flag --missing-after"), rows["run.missing_after"]);
        Assert.Equal(("***", "env ACCESS_TOKEN"), rows["smd.access_token"]);
        Assert.Equal(("inventory", "default"), rows["collect.profile"]);
        Assert.DoesNotContain("eyJ-secret-token", cli.Output.ToString() + cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigShow_BootUrls_ListedWithTheirSources()
    {
        var config = Path.Combine(_directory, "run.yaml");
        await File.WriteAllTextAsync(config, "targets: [10.0.0.0/24]\nboot:\n  cloud_init_url: http://127.0.0.1:27777\n", TestContext.Current.CancellationToken);
        var cli = new CliTestContext();
        cli.Environment["DISCOVER_BSS_URL"] = "http://127.0.0.1:27778";

        var exit = await cli.RunAsync("config", "show", "-f", config, "-o", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        var rows = JsonDocument.Parse(cli.Output.ToString()).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => (r.GetProperty("value").GetString(), r.GetProperty("source").GetString()));
        Assert.Equal(("http://127.0.0.1:27778", "env DISCOVER_BSS_URL"), rows["boot.bss_url"]);
        Assert.Equal(("http://127.0.0.1:27777", $"{config}:3"), rows["boot.cloud_init_url"]);
    }

    [Fact]
    public async Task Run_BssWithTheStoreOff_BadInputNamingBothKeys()
    {
        var config = Path.Combine(_directory, "run.yaml");
        await File.WriteAllTextAsync(config, "targets: [127.0.0.1]\nstore:\n  enabled: false\n", TestContext.Current.CancellationToken);
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("run", "-f", config, "--bss", "http://127.0.0.1:27778", "--state-dir", _directory, "--log-dir", Path.Combine(_directory, "logs"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("discover: --bss: the boot step reads the boot profiles from the store, and store.enabled is false", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "run.lock")));
    }

    [Fact]
    public async Task ConfigShow_BadValue_ExitsTwoNamingFileLineAndKey()
    {
        var config = Path.Combine(_directory, "run.yaml");
        await File.WriteAllTextAsync(config, "targets: [10.0.0.0/24]\nsmd:\n  url: smd.example\n", TestContext.Current.CancellationToken);
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("config", "show", "-f", config, "-o", "json");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"{config}:3: smd.url: 'smd.example' is not an http or https URL", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigShow_TheShippedExampleConfig_HasNoErrors()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Discovery.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("config", "show", "-f", Path.Combine(root.FullName, "scripts", "schedule", "discover-run.yaml"), "-o", "json");

        Assert.True(exit == ExitCodes.Ok, cli.Error.ToString());
        Assert.Contains("\"/etc/discover/bmc-password\"", cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoTargetsAnywhere_BadInputBeforeAnything()
    {
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("run", "--state-dir", _directory, "--log-dir", Path.Combine(_directory, "logs"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("targets: nothing to scan", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "run.lock")));
    }
}
