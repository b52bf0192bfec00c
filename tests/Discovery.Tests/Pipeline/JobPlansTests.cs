using Discovery.Configuration;
using Discovery.Pipeline;
using Discovery.Testing;

namespace Discovery.Pipeline.Tests;

public sealed class JobPlansTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static EffectiveSettings Resolve(string yaml, Dictionary<string, IReadOnlyList<string>>? flags = null)
    {
        var file = ConfigFileReader.Parse(yaml, "run.yaml", SettingTable.All);
        Assert.Empty(file.Errors);
        var definitions = SettingTable.WithDefaults(SettingTable.All, name => name == "HOME" ? "/home/test" : null);
        var (settings, errors) = SettingsResolver.Resolve(definitions, file.Values, "run.yaml", _ => null, flags ?? new Dictionary<string, IReadOnlyList<string>>());
        Assert.Empty(errors);
        return settings;
    }

    [Fact]
    public async Task PassAsync_BadTargetAndCaWithPin_EveryProblemNamedWhereItWasWritten()
    {
        var settings = Resolve("targets: [10.0.0.300]\ntls:\n  cacert: /no/such/ca.pem\n  pin: true\n");

        var ex = await Assert.ThrowsAsync<PipelineInputException>(() => JobPlans.PassAsync(settings, "/home/test", Token));

        Assert.Contains("run.yaml:1: targets: '10.0.0.300': '300' is not an octet (0-255)", ex.Problems);
        Assert.Contains("run.yaml:3: tls.cacert: cannot be combined with run.yaml:4", ex.Problems);
        Assert.Contains("run.yaml:3: tls.cacert: file not found: /no/such/ca.pem", ex.Problems);
    }

    [Fact]
    public async Task PassAsync_GoodSettings_OneTypedPlan()
    {
        var settings = Resolve("targets: [127.0.0.0/30]\nports: [443, 'http:8000']\nscan:\n  timeout: 500ms\ncollect:\n  per_bmc: 3\nrun:\n  deadline: 10m\n");

        var plan = await JobPlans.PassAsync(settings, "/home/test", Token);

        Assert.Equal(4UL, plan.Scan.Targets.Count);
        Assert.Equal(2, plan.Scan.Ports.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(500), plan.Scan.Timeout);
        Assert.Equal(3, plan.Collect.Client.MaxRequestsPerBmc);
        Assert.Equal(TimeSpan.FromMinutes(10), plan.Deadline);
        Assert.Equal("/home/test/.local/share/discover/store", plan.Collect.Store!.DataDirectory);
        Assert.Null(plan.Collect.Smd);
    }

    [Fact]
    public async Task SmdAsync_TokenFile_FirstLineAndNeverInAMessage()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("token"), "eyJ-token-line\nsecond\n", Token);
        await File.WriteAllTextAsync(temp.File("empty"), "\n", Token);
        var errors = new List<string>();

        var good = await JobPlans.SmdAsync(Resolve($"smd:\n  url: http://smd:27779\n  access_token_file: {temp.File("token")}\n"), null, errors, Token);
        await JobPlans.SmdAsync(Resolve($"smd:\n  url: http://smd:27779\n  access_token_file: {temp.File("empty")}\n"), null, errors, Token);

        Assert.Equal("eyJ-token-line", good.Client.AccessToken);
        Assert.Equal($"run.yaml:3: smd.access_token_file: {temp.File("empty")} is empty (the secret is its first line)", Assert.Single(errors));
    }
}
