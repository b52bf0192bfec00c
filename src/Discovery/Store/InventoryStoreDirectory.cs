using Discovery.Configuration;

namespace Discovery.Store;

/// <summary>Where the inventory store lives when <c>--data-dir</c> is not given.</summary>
internal static class InventoryStoreDirectory
{
    /// <summary>The environment variable that overrides the default (<c>DISCOVER_DATA_DIR</c>).</summary>
    public const string EnvironmentVariable = "DISCOVER_DATA_DIR";

    /// <summary>
    /// <c>$DISCOVER_DATA_DIR</c>, else <c>$XDG_DATA_HOME/discover/store</c>, else <c>~/.local/share/discover/store</c>.
    /// </summary>
    public static string ResolveDefault(Func<string, string?> getEnvironmentVariable) =>
        DataHome.Resolve(getEnvironmentVariable, EnvironmentVariable, "store");
}
