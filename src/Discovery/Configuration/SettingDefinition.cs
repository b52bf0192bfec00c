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

    /// <summary>The command-line flag (<c>--smd</c>), unique in the table, or null when the setting has none.</summary>
    public string? Flag { get; init; }

    /// <summary>More spellings of the flag that every command using the setting accepts (<c>-p</c>, <c>-u</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// Short spellings for the commands whose own stage this setting belongs to (<see cref="Section"/>): in
    /// <c>scan</c>, <c>scan.timeout</c> is also <c>--timeout</c>; in <c>run</c>, which has several stages, it is not.
    /// </summary>
    public IReadOnlyList<string> StageAliases { get; init; } = [];

    /// <summary>A bare flag that sets a <see cref="SettingKind.Bool"/> setting to false (<c>--no-store</c>).</summary>
    public string? NegatedFlag { get; init; }

    /// <summary>The value's name in <c>--help</c> (<c>FILE</c>, <c>N</c>); by kind when null.</summary>
    public string? HelpName { get; init; }

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

    /// <summary>Largest value of a <see cref="SettingKind.Duration"/> setting; every duration in the table declares one.</summary>
    public TimeSpan? LongestDuration { get; init; }

    /// <summary>False when a <see cref="SettingKind.Duration"/> of zero makes no sense (a timeout).</summary>
    public bool ZeroDurationAllowed { get; init; } = true;

    /// <summary>Smallest value of a <see cref="SettingKind.Duration"/> setting: zero, or 1ms when zero is not allowed.</summary>
    public TimeSpan ShortestDuration => ZeroDurationAllowed ? TimeSpan.Zero : SettingBounds.ShortestPositive;

    /// <summary>The allowed values of a <see cref="SettingKind.Choice"/> setting.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Masked by <c>config show</c> (a token file path is not secret; a token is).</summary>
    public bool Secret { get; init; }

    /// <summary>False for secrets: a config file is copied, committed and mailed around, so it may not hold them.</summary>
    public bool AllowedInFile { get; init; } = true;

    /// <summary>The config-file section (<c>smd</c> of <c>smd.url</c>); empty for a top-level key.</summary>
    public string Section => Key.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? Key[..dot] : string.Empty;
}
