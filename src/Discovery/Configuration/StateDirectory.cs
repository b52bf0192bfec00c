namespace Discovery.Configuration;

/// <summary>Resolves where <c>discover</c> keeps its state (last scan, store) when no --state-dir is given.</summary>
internal static class StateDirectory
{
    /// <summary>Environment variable that overrides the default state directory.</summary>
    public const string EnvironmentVariable = "DISCOVER_STATE_DIR";

    /// <summary>
    /// <c>$DISCOVER_STATE_DIR</c>, else <c>$XDG_STATE_HOME/discover</c>, else <c>~/.local/state/discover</c>
    /// (the XDG Base Directory default).
    /// </summary>
    public static string ResolveDefault(Func<string, string?> getEnvironmentVariable)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        var explicitDir = getEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            return explicitDir;
        }

        var xdgStateHome = getEnvironmentVariable("XDG_STATE_HOME");
        if (!string.IsNullOrWhiteSpace(xdgStateHome) && Path.IsPathRooted(xdgStateHome))
        {
            return Path.Combine(xdgStateHome, "discover");
        }

        var home = getEnvironmentVariable("HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        return Path.Combine(home, ".local", "state", "discover");
    }
}
