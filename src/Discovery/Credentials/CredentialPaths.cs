namespace Discovery.Credentials;

/// <summary>
/// Default locations of the secrets store and its key: <c>$XDG_CONFIG_HOME/discover/</c>, else
/// <c>~/.config/discover/</c> (XDG Base Directory spec).
/// </summary>
internal static class CredentialPaths
{
    /// <summary>The store's file name inside the config directory.</summary>
    public const string StoreFileName = "secrets.json";

    /// <summary>The key's file name inside the config directory.</summary>
    public const string KeyFileName = "secrets.key";

    /// <summary>The config directory, reading variables through <paramref name="getEnvironmentVariable"/>.</summary>
    public static string ConfigDirectory(Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var xdg = getEnvironmentVariable("XDG_CONFIG_HOME");

        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "discover");
        }

        var home = getEnvironmentVariable("HOME");
        if (string.IsNullOrEmpty(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        return Path.Combine(home, ".config", "discover");
    }

    /// <summary>The default secrets store path.</summary>
    public static string DefaultStorePath(Func<string, string?> getEnvironmentVariable) =>
        Path.Combine(ConfigDirectory(getEnvironmentVariable), StoreFileName);

    /// <summary>The default key file path.</summary>
    public static string DefaultKeyPath(Func<string, string?> getEnvironmentVariable) =>
        Path.Combine(ConfigDirectory(getEnvironmentVariable), KeyFileName);
}
