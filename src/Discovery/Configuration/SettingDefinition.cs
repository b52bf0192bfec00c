namespace Discovery.Configuration;

/// <summary>
/// One setting a command reads from a config file, the environment and a flag, in that order of precedence
/// (the flag wins). The same definition checks the value from every source, so errors read alike.
/// </summary>
internal sealed record SettingDefinition
{
    /// <summary>The dotted key as written in the config file (<c>smd.url</c> is <c>smd:</c> then <c>url:</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The environment variable (<c>DISCOVER_*</c>), or null when the setting has none.</summary>
    public string? EnvironmentVariable { get; init; }

    /// <summary>The command-line flag (<c>--smd</c>), or null when the setting has none.</summary>
    public string? Flag { get; init; }

    /// <summary>How the value is read and checked.</summary>
    public SettingKind Kind { get; init; } = SettingKind.Text;

    /// <summary>The value when no source gives one (in its text form), or null for none.</summary>
    public string? Default { get; init; }

    /// <summary>One line for <c>--help</c> and <c>config show</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Smallest value of an <see cref="SettingKind.Integer"/> setting.</summary>
    public long Minimum { get; init; }

    /// <summary>Largest value of an <see cref="SettingKind.Integer"/> setting.</summary>
    public long Maximum { get; init; } = int.MaxValue;

    /// <summary>The allowed values of a <see cref="SettingKind.Choice"/> setting.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Masked by <c>config show</c> (a token file path is not secret; a token is).</summary>
    public bool Secret { get; init; }

    /// <summary>False for secrets: a config file is copied, committed and mailed around, so it may not hold them.</summary>
    public bool AllowedInFile { get; init; } = true;
}
