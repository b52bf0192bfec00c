namespace Discovery.Configuration;

/// <summary>A setting's effective value and where it came from.</summary>
/// <param name="Definition">The setting.</param>
/// <param name="Values">The value in text form: one item, several for a list, none when unset.</param>
/// <param name="Source">Where the value came from.</param>
internal sealed record SettingValue(SettingDefinition Definition, IReadOnlyList<string> Values, SettingSource Source)
{
    /// <summary>True when no source and no default gave a value.</summary>
    public bool IsUnset => Values.Count == 0;

    /// <summary>The value as one text (a list joined with commas), or null when unset.</summary>
    public string? Text => IsUnset ? null : string.Join(",", Values);

    /// <summary>The value as <c>config show</c> prints it: secrets masked, unset as <c>(unset)</c>.</summary>
    public string Display => IsUnset ? "(unset)" : Definition.Secret ? "***" : Text!;
}
