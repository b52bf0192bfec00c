using System.Globalization;
using Discovery.Configuration;

namespace Discovery.Configuration.Tests;

public sealed class SettingTableTests
{
    [Fact]
    public void All_KeysAndFlags_EachDeclaredOnce()
    {
        var flags = SettingTable.All.SelectMany(d => new[] { d.Flag, d.NegatedFlag }.Concat(d.Aliases)).OfType<string>().ToList();

        Assert.Equal(SettingTable.All.Count, SettingTable.All.Select(d => d.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(flags.Count, flags.Distinct(StringComparer.Ordinal).Count());
        Assert.All(SettingTable.All.Where(d => d.Secret), d => Assert.False(d.AllowedInFile));
    }

    [Fact]
    public void All_EveryDefault_PassesItsOwnCheck()
    {
        var definitions = SettingTable.WithDefaults(SettingTable.All, name => name == "HOME" ? "/home/test" : null);

        var (settings, errors) = SettingsResolver.Resolve(definitions, new Dictionary<string, ConfigFileValue>(), null, _ => null, new Dictionary<string, IReadOnlyList<string>>());

        Assert.Empty(errors);
        Assert.Equal("/home/test/.local/share/discover/logs", settings.Text(SettingKeys.LogDir));
        Assert.Equal(TimeSpan.FromSeconds(15), settings.Duration(SettingKeys.RequestTimeout));
        Assert.Equal(["443"], settings.List(SettingKeys.Ports));
    }

    /// <summary>Every integer and duration setting, by key.</summary>
    public static TheoryData<string> NumericKeys() =>
        [.. SettingTable.All.Where(d => d.Kind is SettingKind.Integer or SettingKind.Duration).Select(d => d.Key)];

    // Issue 13 item 10: every numeric setting has bounds, and a value outside them is named with its flag, variable
    // or config key and the bounds, whichever source it came from.
    [Theory]
    [MemberData(nameof(NumericKeys))]
    public void Resolve_NumericSettingOutOfBounds_NamesFlagVariableKeyAndBounds(string key)
    {
        var definition = SettingTable.Of([key])[0];
        var (low, high, range) = definition.Kind == SettingKind.Integer
            ? ((definition.Minimum - 1).ToString(CultureInfo.InvariantCulture), (definition.Maximum + 1).ToString(CultureInfo.InvariantCulture), $"between {definition.Minimum} and {definition.Maximum}")
            : (definition.ZeroDurationAllowed ? "-1s" : "0", $"{definition.LongestDuration!.Value.TotalSeconds + 1}s", $"between {(definition.ZeroDurationAllowed ? "0s" : "1ms")} and {DurationText.Format(definition.LongestDuration.Value)}");
        Assert.True(definition.Maximum < int.MaxValue || definition.Kind == SettingKind.Duration, $"{key} has no maximum");

        foreach (var value in new[] { low, high })
        {
            var errors = new[]
            {
                Resolve(definition, flag: value).ToString(),
                Resolve(definition, environment: value).ToString(),
                Resolve(definition, file: value).ToString(),
            };

            Assert.StartsWith($"{definition.Flag}: '{value}' is not ", errors[0], StringComparison.Ordinal);
            Assert.StartsWith($"{definition.EnvironmentVariable}: '{value}' is not ", errors[1], StringComparison.Ordinal);
            Assert.StartsWith($"discover.yaml:4: {key}: '{value}' is not ", errors[2], StringComparison.Ordinal);
            Assert.All(errors, e => Assert.Contains(range, e, StringComparison.Ordinal));
        }
    }

    private static ConfigError Resolve(SettingDefinition definition, string? flag = null, string? environment = null, string? file = null)
    {
        var fileValues = new Dictionary<string, ConfigFileValue>();
        if (file is not null)
        {
            fileValues[definition.Key] = new([file], 4, false);
        }

        var flags = new Dictionary<string, IReadOnlyList<string>>();
        if (flag is not null)
        {
            flags[definition.Key] = [flag];
        }

        var (_, errors) = SettingsResolver.Resolve([definition], fileValues, "discover.yaml", name => name == definition.EnvironmentVariable ? environment : null, flags);
        return Assert.Single(errors);
    }
}
