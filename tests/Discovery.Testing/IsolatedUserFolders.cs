namespace Discovery.Testing;

/// <summary>
/// Points the user's XDG folders and the <c>DISCOVER_*</c> folder variables of this test process at one fresh
/// temp folder, so a test that runs <c>discover</c> without naming a folder can never write to the developer's
/// own state, log, data or secrets folders. Test assemblies call <see cref="Apply"/> from a module initializer.
/// </summary>
public static class IsolatedUserFolders
{
    private static readonly Lazy<string> LazyRoot = new(() =>
        Directory.CreateTempSubdirectory("discover-test-home-").FullName);

    /// <summary>The folder every default points into (created on first use, left to the OS temp cleaner).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The variables <see cref="Apply"/> sets, with their values.</summary>
    public static IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["XDG_DATA_HOME"] = Path.Combine(Root, "data"),
        ["XDG_STATE_HOME"] = Path.Combine(Root, "state"),
        ["XDG_CONFIG_HOME"] = Path.Combine(Root, "config"),
        ["DISCOVER_LOG_DIR"] = Path.Combine(Root, "logs"),
        ["DISCOVER_STATE_DIR"] = Path.Combine(Root, "state", "discover"),
        ["DISCOVER_DATA_DIR"] = Path.Combine(Root, "data", "discover"),
    };

    /// <summary>Sets <see cref="Variables"/> in this process's environment.</summary>
    public static void Apply()
    {
        foreach (var (name, value) in Variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
