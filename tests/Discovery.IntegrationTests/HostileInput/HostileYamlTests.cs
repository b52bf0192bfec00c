using System.Net;
using System.Text;
using System.Text.Json;
using Discovery.Cli;
using Discovery.Testing;

namespace Discovery.IntegrationTests.HostileInput;

/// <summary>
/// YAML nested 50,000 deep reaches every reader people feed (apply -f, --id-map, --config, config show, POST /apply)
/// and each answers with an error naming the file (or request) and line; no process dies, and serve answers the
/// next request. A multi-megabyte bad value is named, not echoed whole.
/// </summary>
public sealed class HostileYamlTests
{
    private const string Secret = "hostile-yaml-secret-of-at-least-32-bytes";
    private const int Depth = 50_000;

    private static string DeepList => new string('[', Depth) + new string(']', Depth);

    [Theory]
    [InlineData("flow lists")]
    [InlineData("flow mappings")]
    [InlineData("block indentation")]
    public async Task Apply_DeeplyNestedManifest_ExitsTwoNamingFileAndLine(string style)
    {
        using var temp = new TempDirectory();
        var manifest = temp.File("deep.yaml");
        var (nested, line) = style switch
        {
            "flow lists" => ($"labels: {DeepList}\n", 3),
            "flow mappings" => ("labels: " + string.Concat(Enumerable.Repeat("{a: ", Depth)) + "x" + new string('}', Depth) + "\n", 3),
            // The document is level 1 and "a:" on line 3 one of its keys; the mapping under it (line 4) is level 2, level 65 is on line 67.
            _ => (string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 2_000) + "x\n", 67),
        };
        await File.WriteAllTextAsync(manifest, "kind: NodeGroup\nname: d\n" + nested, TestContext.Current.CancellationToken);

        var result = await DiscoverProcess.RunAsync(TestContext.Current.CancellationToken, "apply", "-f", manifest, "--data-dir", temp.File("store"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"deep.yaml:{line}: not valid YAML: lists and maps are nested deeper than 64 levels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_DeeplyNestedIdMap_ExitsTwoNamingFileAndLineBeforeAnyBmc()
    {
        using var temp = new TempDirectory();
        var idMap = temp.File("ids.yaml");
        await File.WriteAllTextAsync(idMap, $"bmcs: {DeepList}\n", TestContext.Current.CancellationToken);

        var result = await DiscoverProcess.RunAsync(
            TestContext.Current.CancellationToken, "collect", "127.0.0.1:1", "--id-map", idMap, "--username", "u", "--no-store", "--log-dir", temp.File("logs"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("ids.yaml:1: not valid YAML or JSON: lists and maps are nested deeper than 64 levels", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 2_000, result.Error[..Math.Min(result.Error.Length, 2_000)]);
    }

    [Theory]
    [InlineData("get nodes")]
    [InlineData("config show")]
    [InlineData("run --target 127.0.0.1:1")]
    public async Task Command_DeeplyNestedConfig_ExitsTwoNamingFileAndLine(string command)
    {
        using var temp = new TempDirectory();
        var config = temp.File("deep-config.yaml");
        await File.WriteAllTextAsync(config, $"smd:\n  url: {DeepList}\n", TestContext.Current.CancellationToken);

        var result = await DiscoverProcess.RunAsync(TestContext.Current.CancellationToken, [.. command.Split(' '), "--config", config]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("deep-config.yaml:2: config: not valid YAML: lists and maps are nested deeper than 64 levels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_DeeplyNestedApply_Answers400NamingTheLineAndStaysUp()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using var serve = await DiscoverProcess.ServeAsync(temp.File("store"), Secret, ct);
        using var http = serve.CreateAuthorizedClient();

        using var deep = await http.PostAsync("/apply", Apply("kind: NodeGroup\nname: d\nlabels: " + DeepList), ct);
        var problem = await deep.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Contains("request.yaml:3: not valid YAML: lists and maps are nested deeper than 64 levels", JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(serve.IsRunning);
        using var next = await http.PostAsync("/apply", Apply("kind: NodeGroup\nname: compute\n"), ct);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("ok", await http.GetStringAsync("/healthz", ct));
    }

    [Fact]
    public async Task Serve_HugeBadValue_ProblemNamesTheFieldAndCutsTheValue()
    {
        using var temp = new TempDirectory();
        var ct = TestContext.Current.CancellationToken;
        await using var serve = await DiscoverProcess.ServeAsync(temp.File("store"), Secret, ct);
        using var http = serve.CreateAuthorizedClient();
        var huge = string.Concat(Enumerable.Repeat("a!", 1_500_000));

        using var applied = await http.PostAsync("/apply", Apply($"kind: ComputeNode\nxname: x3000c0s1b0n0\nhostname: {huge}\n"), ct);
        using var posted = await http.PostAsync("/nodes", new StringContent($$"""{"xname": "x3000c0s2b0n0", "hostname": "{{huge}}"}""", Encoding.UTF8, "application/json"), ct);

        foreach (var response in new[] { applied, posted })
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(body.Length < 4_000, $"{body.Length} characters: {body[..Math.Min(body.Length, 4_000)]}");
            Assert.Contains("hostname", body, StringComparison.Ordinal);
            Assert.Contains("(3000000 characters)", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Apply_HugeBadValue_StderrNamesTheFieldAndCutsTheValue()
    {
        using var temp = new TempDirectory();
        var manifest = temp.File("huge.yaml");
        var huge = string.Concat(Enumerable.Repeat("a!", 2_500_000));
        await File.WriteAllTextAsync(manifest, $"kind: ComputeNode\nxname: x3000c0s1b0n0\nhostname: {huge}\n", TestContext.Current.CancellationToken);

        var result = await DiscoverProcess.RunAsync(TestContext.Current.CancellationToken, "apply", "-f", manifest, "--data-dir", temp.File("store"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.True(result.Error.Length < 1_000, $"{result.Error.Length} characters on stderr: {result.Error[..Math.Min(result.Error.Length, 1_000)]}");
        Assert.Contains("huge.yaml:3: document 1: field hostname: 'a!a!", result.Error, StringComparison.Ordinal);
        Assert.Contains("a!…' (5000000 characters) is not a host name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flag_HugeBadValue_StderrNamesTheFlagAndCutsTheValue()
    {
        using var temp = new TempDirectory();
        var huge = new string('9', 1_000_000);
        var targets = temp.File("targets.txt");
        await File.WriteAllTextAsync(targets, $"10.0.0.{huge}\n", TestContext.Current.CancellationToken);

        var perBmc = await DiscoverProcess.RunAsync(TestContext.Current.CancellationToken, "config", "show", "--config", await ConfigAsync(temp, $"collect:\n  per_bmc: {huge}\n"));
        var target = await DiscoverProcess.RunAsync(TestContext.Current.CancellationToken, "scan", "--input-file", targets);

        Assert.Equal(ExitCodes.BadInput, perBmc.ExitCode);
        Assert.True(perBmc.Error.Length < 1_000, perBmc.Error[..Math.Min(perBmc.Error.Length, 1_000)]);
        Assert.Contains("collect.per_bmc: '999", perBmc.Error, StringComparison.Ordinal);
        Assert.Contains("…' (1000000 characters)", perBmc.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, target.ExitCode);
        Assert.True(target.Error.Length < 1_000, target.Error[..Math.Min(target.Error.Length, 1_000)]);
        Assert.Contains("targets.txt:1: '10.0.0.999", target.Error, StringComparison.Ordinal);
        Assert.Contains("…' (1000007 characters)", target.Error, StringComparison.Ordinal);
    }

    private static async Task<string> ConfigAsync(TempDirectory temp, string text)
    {
        var path = temp.File("config.yaml");
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        return path;
    }

    private static StringContent Apply(string yaml) =>
        new(JsonSerializer.Serialize(new { sources = new[] { new { name = "request.yaml", text = yaml } } }), Encoding.UTF8, "application/json");
}
