using Discovery.Configuration;

namespace Discovery.Configuration.Tests;

public sealed class ConfigFileReaderTests
{
    private static readonly SettingDefinition[] Definitions =
    [
        new() { Key = "targets", Kind = SettingKind.List, Description = "t" },
        new() { Key = "ports", Description = "p" },
        new() { Key = "smd.url", Kind = SettingKind.Url, Description = "u" },
        new() { Key = "run.deadline", Kind = SettingKind.Duration, Description = "d" },
        new() { Key = "credentials.password", Secret = true, AllowedInFile = false, EnvironmentVariable = "DISCOVER_PASSWORD", Description = "s" },
    ];

    [Fact]
    public void Parse_NestedSectionsAndLists_DottedKeysWithLines()
    {
        var result = ConfigFileReader.Parse("targets:\n  - 10.0.0.0/24\n  - bmc1\nports: \"443\"\nsmd:\n  url: https://smd:27779\n", "run.yaml", Definitions);

        Assert.Empty(result.Errors);
        Assert.Equal(["10.0.0.0/24", "bmc1"], result.Values["targets"].Values);
        Assert.Equal((2, true), (result.Values["targets"].Line, result.Values["targets"].IsList));
        Assert.Equal("443", Assert.Single(result.Values["ports"].Values));
        Assert.Equal(4, result.Values["ports"].Line);
        Assert.Equal("https://smd:27779", Assert.Single(result.Values["smd.url"].Values));
        Assert.Equal(6, result.Values["smd.url"].Line);
    }

    [Fact]
    public void Parse_PortsAsYamlList_AcceptedAsTheStringFormIs()
    {
        var list = ConfigFileReader.Parse("ports: [443, 8443]\n", "run.yaml", SettingTable.All);
        var text = ConfigFileReader.Parse("ports: \"443,8443\"\n", "run.yaml", SettingTable.All);

        Assert.Empty(list.Errors);
        Assert.Empty(text.Errors);
        Assert.Equal(["443", "8443"], list.Values["ports"].Values);
        Assert.Equal(["443,8443"], text.Values["ports"].Values);
    }

    [Fact]
    public void Parse_EveryProblem_ReportedWithLineAndKey()
    {
        var result = ConfigFileReader.Parse("ports: 443\nport: 8443\nsmd: https://x\nrun:\n  deadline: [1, 2]\ncredentials:\n  password: hunter2\n", "run.yaml", Definitions);

        Assert.Equal(
        [
            "run.yaml:2: port: is not a setting (did you mean 'ports'?)",
            "run.yaml:3: smd: is a section; expected keys under it (url)",
            "run.yaml:5: run.deadline: expected a plain value, not a list or a map",
            "run.yaml:7: credentials.password: is a secret and may not be written in a config file; set DISCOVER_PASSWORD or point a *_file setting at a private file",
        ], result.Errors.Select(e => e.ToString()));
        Assert.DoesNotContain(result.Errors, e => e.ToString().Contains("hunter2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ports: 443\nsmd:\n  url: a\nports: 8443\n", 4, "Duplicate key")]
    [InlineData("ports: 443\ntargets: [10.0.0.1\n", 3, "flow sequence")]
    [InlineData("targets: [10.0.0.1\nports: 443\n", 1, "unclosed")]
    [InlineData("ports: 443\n  bad indent: x\n", 2, "not valid YAML")]
    public void Parse_BrokenYaml_ReportsTheLine(string text, int line, string words)
    {
        var error = Assert.Single(ConfigFileReader.Parse(text, "run.yaml", Definitions).Errors);

        Assert.StartsWith($"run.yaml:{line}: config: not valid YAML", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_NoValuesNoErrors()
    {
        var result = ConfigFileReader.Parse("# nothing yet\n", "run.yaml", Definitions);

        Assert.Empty(result.Values);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task ReadAsync_MissingFile_OneErrorNamingIt()
    {
        var result = await ConfigFileReader.ReadAsync("/nonexistent/run.yaml", Definitions, TestContext.Current.CancellationToken);

        Assert.Contains("/nonexistent/run.yaml: config: cannot read the config file", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }
}
