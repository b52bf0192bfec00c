namespace Discovery.Configuration;

/// <summary>Where a setting's value came from.</summary>
internal enum SettingSourceKind
{
    /// <summary>The built-in default.</summary>
    Default,

    /// <summary>The config file.</summary>
    File,

    /// <summary>An environment variable.</summary>
    Environment,

    /// <summary>A command-line flag.</summary>
    Flag,
}

/// <summary>Where a value came from, precisely enough to find it: <c>run.yaml:12</c>, <c>env DISCOVER_PORTS</c>, <c>flag --ports</c>.</summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="Location">The file and line, variable or flag; empty for a default.</param>
internal sealed record SettingSource(SettingSourceKind Kind, string Location)
{
    /// <summary>The built-in default.</summary>
    public static SettingSource Default { get; } = new(SettingSourceKind.Default, string.Empty);

    /// <summary>A value at <paramref name="line"/> of <paramref name="file"/>.</summary>
    public static SettingSource File(string file, int line) => new(SettingSourceKind.File, $"{file}:{line}");

    /// <summary>A value from the environment variable <paramref name="name"/>.</summary>
    public static SettingSource Environment(string name) => new(SettingSourceKind.Environment, name);

    /// <summary>A value from the flag <paramref name="flag"/>.</summary>
    public static SettingSource Flag(string flag) => new(SettingSourceKind.Flag, flag);

    /// <summary>As <c>config show</c> prints it.</summary>
    public override string ToString() => Kind switch
    {
        SettingSourceKind.Default => "default",
        SettingSourceKind.File => Location,
        SettingSourceKind.Environment => "env " + Location,
        _ => "flag " + Location,
    };
}
