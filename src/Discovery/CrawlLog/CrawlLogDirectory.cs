using Discovery.Configuration;

namespace Discovery.CrawlLog;

/// <summary>Where the crawl log lives when <c>--log-dir</c> is not given.</summary>
internal static class CrawlLogDirectory
{
    /// <summary>The environment variable that overrides the default (<c>DISCOVER_LOG_DIR</c>).</summary>
    public const string EnvironmentVariable = "DISCOVER_LOG_DIR";

    /// <summary>
    /// <c>$DISCOVER_LOG_DIR</c>, else <c>$XDG_DATA_HOME/discover/logs</c>, else <c>~/.local/share/discover/logs</c>
    /// (the XDG base-directory default for data).
    /// </summary>
    public static string ResolveDefault(Func<string, string?> getEnvironmentVariable) =>
        DataHome.Resolve(getEnvironmentVariable, EnvironmentVariable, "logs");
}
