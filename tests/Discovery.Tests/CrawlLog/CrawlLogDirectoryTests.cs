using Discovery.CrawlLog;

namespace Discovery.CrawlLog.Tests;

public sealed class CrawlLogDirectoryTests
{
    [Theory]
    [InlineData("/srv/log", "/x", "/home/u", "/srv/log")]
    [InlineData(null, "/x", "/home/u", "/x/discover/logs")]
    [InlineData(null, "relative", "/home/u", "/home/u/.local/share/discover/logs")]
    [InlineData(null, null, "/home/u", "/home/u/.local/share/discover/logs")]
    public void ResolveDefault_Environment_FollowsPrecedence(string? explicitDir, string? xdg, string home, string expected)
    {
        var environment = new Dictionary<string, string?> { ["DISCOVER_LOG_DIR"] = explicitDir, ["XDG_DATA_HOME"] = xdg, ["HOME"] = home };
        Assert.Equal(expected, CrawlLogDirectory.ResolveDefault(name => environment.GetValueOrDefault(name)));
    }
}
