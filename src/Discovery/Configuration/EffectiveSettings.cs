using System.Globalization;

namespace Discovery.Configuration;

/// <summary>
/// The settings a command runs with, each with its source. Typed getters read values that
/// <see cref="SettingsResolver"/> already checked, so they do not fail on a resolution without errors.
/// </summary>
internal sealed class EffectiveSettings
{
    private readonly Dictionary<string, SettingValue> _byKey;

    /// <summary>Wraps resolved <paramref name="values"/>.</summary>
    public EffectiveSettings(IEnumerable<SettingValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        All = [.. values];
        _byKey = All.ToDictionary(v => v.Definition.Key, StringComparer.Ordinal);
    }

    /// <summary>Every setting in definition order.</summary>
    public IReadOnlyList<SettingValue> All { get; }

    /// <summary>The value of <paramref name="key"/>.</summary>
    public SettingValue this[string key] =>
        _byKey.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no setting '{key}'");

    /// <summary>True when the command has the setting <paramref name="key"/>.</summary>
    public bool Has(string key) => _byKey.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/>, or null when unset.</summary>
    public string? Text(string key) => this[key].Text;

    /// <summary>The items of a list setting (empty when unset).</summary>
    public IReadOnlyList<string> List(string key) => this[key].Values;

    /// <summary>A boolean setting (false when unset).</summary>
    public bool Bool(string key) => Text(key) is { } text && SettingsResolver.TryParseBool(text, out var value) && value;

    /// <summary>An integer setting, or null when unset.</summary>
    public long? Integer(string key) =>
        Text(key) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An integer setting that has a default (so it is never unset).</summary>
    public int Int(string key) => (int)(Integer(key) ?? throw new InvalidOperationException($"setting '{key}' has no value"));

    /// <summary>A duration setting, or null when unset.</summary>
    public TimeSpan? Duration(string key) => DurationText.TryParse(Text(key), out var value) ? value : null;

    /// <summary>A path setting with a leading <c>~/</c> expanded against <paramref name="home"/>, or null when unset.</summary>
    public string? Path(string key, string? home)
    {
        var text = Text(key);
        return text is not null && home is not null && text.StartsWith("~/", StringComparison.Ordinal)
            ? System.IO.Path.Combine(home, text[2..])
            : text;
    }
}
