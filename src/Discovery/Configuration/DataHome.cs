namespace Discovery.Configuration;

/// <summary>The default folders of what discover keeps under the user's XDG data home.</summary>
internal static class DataHome
{
    /// <summary>
    /// <c>$<paramref name="variable"/></c> when set, else <c>$XDG_DATA_HOME/discover/<paramref name="folder"/></c>, else
    /// <c>~/.local/share/discover/<paramref name="folder"/></c> (the XDG base-directory default for data; a relative
    /// XDG_DATA_HOME is invalid by the spec and ignored).
    /// </summary>
    public static string Resolve(Func<string, string?> getEnvironmentVariable, string variable, string folder)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        if (getEnvironmentVariable(variable) is { Length: > 0 } explicitDirectory)
        {
            return explicitDirectory;
        }

        var dataHome = getEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(getEnvironmentVariable("HOME") is { Length: > 0 } home
                ? home
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "discover", folder);
    }
}
