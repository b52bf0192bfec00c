namespace Discovery.Configuration;

/// <summary>The result of <see cref="SettingsResolver.Resolve"/>: the settings, and every bad value found.</summary>
/// <param name="Settings">The effective settings (bad values included, so they can be shown).</param>
/// <param name="Errors">Every bad value with its source; empty when all are good.</param>
internal sealed record SettingsResolution(EffectiveSettings Settings, IReadOnlyList<ConfigError> Errors);
