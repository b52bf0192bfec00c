namespace Discovery.Configuration;

/// <summary>Resolves a command's settings from its flags, the <c>DISCOVER_*</c> environment and the config file (flag, then environment, then file, then default).</summary>
internal static class SettingsLoader
{
    /// <summary>The settings and every problem (the file's first), for the command to refuse or, as <c>config show</c>, print.</summary>
    /// <param name="definitions">The settings of the command.</param>
    /// <param name="configFile">The <c>--config</c> file as the user named it; null for none.</param>
    /// <param name="getEnvironmentVariable">Reads the environment.</param>
    /// <param name="flags">Flag values given, by setting key.</param>
    /// <param name="flagSpellings">The flag as typed, by setting key, so an error names it.</param>
    /// <param name="cancellationToken">Cancels reading the file.</param>
    public static async Task<SettingsResolution> ResolveAsync(
        IReadOnlyList<SettingDefinition> definitions, string? configFile, Func<string, string?> getEnvironmentVariable,
        IReadOnlyDictionary<string, IReadOnlyList<string>> flags, IReadOnlyDictionary<string, string> flagSpellings, CancellationToken cancellationToken)
    {
        // The file is checked against every key, so one file serves every command.
        var file = configFile is null ? new ConfigFileResult() : await ConfigFileReader.ReadAsync(configFile, SettingTable.All, cancellationToken);
        var withDefaults = SettingTable.WithDefaults(definitions, getEnvironmentVariable);
        var resolution = SettingsResolver.Resolve(withDefaults, file.Values, configFile, getEnvironmentVariable, flags, flagSpellings);
        return resolution with { Errors = [.. file.Errors, .. resolution.Errors] };
    }
}
