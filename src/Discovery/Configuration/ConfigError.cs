namespace Discovery.Configuration;

/// <summary>A bad setting, located where the user wrote it.</summary>
/// <param name="Source">The file and line, variable or flag that holds the bad value.</param>
/// <param name="Key">The setting key (or the unknown key as written).</param>
/// <param name="Message">What is wrong, naming the offending value unless the setting is secret.</param>
internal sealed record ConfigError(SettingSource Source, string Key, string Message)
{
    /// <summary>The compiler-style form: <c>run.yaml:12: smd.url: 'ftp://x' is not an http or https URL</c>.</summary>
    public override string ToString() => Source.Kind switch
    {
        SettingSourceKind.File => $"{Source.Location}: {Key}: {Message}",
        SettingSourceKind.Default => $"{Key}: {Message}",
        _ => $"{Source}: {Key}: {Message}",
    };
}
