using Discovery.Text;

namespace Discovery.Configuration;

/// <summary>A bad setting, located where the user wrote it.</summary>
/// <param name="Source">The file and line, variable or flag that holds the bad value.</param>
/// <param name="Key">The setting key (or the unknown key as written).</param>
/// <param name="Message">What is wrong, naming the offending value unless the setting is secret.</param>
internal sealed record ConfigError(SettingSource Source, string Key, string Message)
{
    /// <summary>
    /// Named where the user wrote it: <c>run.yaml:12: smd.url: 'ftp://x' is not an http or https URL</c>,
    /// <c>--per-bmc: '-3' is not between 1 and 16</c>, <c>DISCOVER_PER_BMC: ...</c>; a default by its key.
    /// </summary>
    public override string ToString() => Source.Kind switch
    {
        SettingSourceKind.File => $"{Source.Location}: {QuotedValue.Bare(Key)}: {Message}",
        SettingSourceKind.Default => $"{QuotedValue.Bare(Key)}: {Message}",
        _ => $"{Source.Location}: {Message}",
    };
}
