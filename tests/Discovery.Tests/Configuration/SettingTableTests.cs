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
}
