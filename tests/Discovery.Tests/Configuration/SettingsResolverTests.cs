using Discovery.Configuration;

namespace Discovery.Configuration.Tests;

public sealed class SettingsResolverTests
{
    private static readonly SettingDefinition[] Definitions =
    [
        new() { Key = "targets", Kind = SettingKind.List, EnvironmentVariable = "DISCOVER_TARGETS", Flag = "--target", Description = "t" },
        new() { Key = "ports", EnvironmentVariable = "DISCOVER_PORTS", Flag = "--ports", Default = "443", Description = "p" },
        new() { Key = "run.missing_after", Kind = SettingKind.Integer, Minimum = 1, Maximum = 10, EnvironmentVariable = "DISCOVER_MISSING_AFTER", Default = "3", Description = "m" },
        new() { Key = "run.deadline", Kind = SettingKind.Duration, LongestDuration = TimeSpan.FromDays(7), EnvironmentVariable = "DISCOVER_DEADLINE", Flag = "--deadline", Description = "d" },
        new() { Key = "tls.pin", Kind = SettingKind.Bool, Default = "false", EnvironmentVariable = "DISCOVER_PIN", Description = "b" },
        new() { Key = "smd.url", Kind = SettingKind.Url, EnvironmentVariable = "DISCOVER_SMD_URL", Description = "u" },
        new() { Key = "collect.profile", Kind = SettingKind.Choice, Choices = ["inventory", "full"], Default = "inventory", Description = "c" },
        new() { Key = "credentials.password", Secret = true, EnvironmentVariable = "DISCOVER_PASSWORD", Description = "s" },
    ];

    [Fact]
    public void Resolve_FlagBeatsEnvironmentBeatsFileBeatsDefault()
    {
        var file = new Dictionary<string, ConfigFileValue>
        {
            ["targets"] = new(["10.0.0.0/24"], 1, true),
            ["ports"] = new(["8443"], 2, false),
            ["run.deadline"] = new(["10m"], 3, false),
        };
        var environment = new Dictionary<string, string> { ["DISCOVER_PORTS"] = "9443", ["DISCOVER_DEADLINE"] = "5m" };
        var flags = new Dictionary<string, IReadOnlyList<string>> { ["run.deadline"] = ["90s"] };

        var (settings, errors) = SettingsResolver.Resolve(Definitions, file, "run.yaml", environment.GetValueOrDefault, flags);

        Assert.Empty(errors);
        Assert.Equal(["10.0.0.0/24"], settings.List("targets"));
        Assert.Equal("run.yaml:1", settings["targets"].Source.ToString());
        Assert.Equal(("9443", "env DISCOVER_PORTS"), (settings.Text("ports"), settings["ports"].Source.ToString()));
        Assert.Equal((TimeSpan.FromSeconds(90), "flag --deadline"), (settings.Duration("run.deadline"), settings["run.deadline"].Source.ToString()));
        Assert.Equal((3L, "default"), (settings.Integer("run.missing_after"), settings["run.missing_after"].Source.ToString()));
        Assert.False(settings.Bool("tls.pin"));
        Assert.True(settings["smd.url"].IsUnset);
    }

    [Fact]
    public void Resolve_ListFromEnvironmentAndRepeatedFlags_SplitOnCommasAndSpaces()
    {
        var environment = new Dictionary<string, string> { ["DISCOVER_TARGETS"] = "10.0.0.0/24, 10.0.1.0/24 bmc7" };
        var (fromEnvironment, _) = SettingsResolver.Resolve(Definitions, new Dictionary<string, ConfigFileValue>(), null, environment.GetValueOrDefault, new Dictionary<string, IReadOnlyList<string>>());
        var (fromFlags, _) = SettingsResolver.Resolve(Definitions, new Dictionary<string, ConfigFileValue>(), null, _ => null,
            new Dictionary<string, IReadOnlyList<string>> { ["targets"] = ["10.0.0.1", "10.0.0.2,10.0.0.3"] });

        Assert.Equal(["10.0.0.0/24", "10.0.1.0/24", "bmc7"], fromEnvironment.List("targets"));
        Assert.Equal(["10.0.0.1", "10.0.0.2", "10.0.0.3"], fromFlags.List("targets"));
    }

    [Fact]
    public void Resolve_BadValues_EachNamedWithItsSourceAndSecretsNeverEchoed()
    {
        var file = new Dictionary<string, ConfigFileValue> { ["run.missing_after"] = new(["0"], 7, false), ["collect.profile"] = new(["fast"], 8, false) };
        var environment = new Dictionary<string, string> { ["DISCOVER_PIN"] = "maybe", ["DISCOVER_SMD_URL"] = "ftp://smd", ["DISCOVER_PASSWORD"] = "hunter2" };
        var flags = new Dictionary<string, IReadOnlyList<string>> { ["run.deadline"] = ["soon"] };

        var (settings, errors) = SettingsResolver.Resolve(Definitions, file, "run.yaml", environment.GetValueOrDefault, flags);

        Assert.Equal(
        [
            "run.yaml:7: run.missing_after: '0' is not between 1 and 10",
            "--deadline: 'soon' is not a duration between 0s and 7d (e.g. 500ms, 3s, 10m, 1h)",
            "DISCOVER_PIN: 'maybe' is not true or false",
            "DISCOVER_SMD_URL: 'ftp://smd' is not an http or https URL",
            "run.yaml:8: collect.profile: 'fast' is not one of inventory, full",
        ], errors.Select(e => e.ToString()));
        Assert.Equal("***", settings["credentials.password"].Display);
        Assert.Equal("(unset)", settings["smd.url"] with { Values = [] } is { } unset ? unset.Display : null);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("500ms", 0.5)]
    [InlineData("30s", 30)]
    [InlineData("10m", 600)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    [InlineData("1.5m", 90)]
    [InlineData("00:15:00", 900)]
    public void DurationText_Forms_Parse(string text, double seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Fact]
    public void Resolve_FlagAsTyped_NamesTheSpellingInItsError()
    {
        var flags = new Dictionary<string, IReadOnlyList<string>> { ["run.missing_after"] = ["-3"] };
        var spellings = new Dictionary<string, string> { ["run.missing_after"] = "-m" };

        var (_, errors) = SettingsResolver.Resolve(Definitions, new Dictionary<string, ConfigFileValue>(), null, _ => null, flags, spellings);

        Assert.Equal("-m: '-3' is not between 1 and 10", Assert.Single(errors).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5s")]
    [InlineData("ten minutes")]
    [InlineData("5x")]
    public void DurationText_Nonsense_Refused(string text) => Assert.False(DurationText.TryParse(text, out _));

    [Theory]
    [InlineData(600, "10m")]
    [InlineData(90, "90s")]
    [InlineData(0.5, "500ms")]
    [InlineData(7200, "2h")]
    public void DurationText_Format_ShortestExactForm(double seconds, string text) => Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));
}
