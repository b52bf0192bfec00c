namespace Discovery.Configuration.Tests;

public sealed class StateDirectoryTests
{
    [Fact]
    public void ResolveDefault_ExplicitVariable_Wins()
    {
        var env = new Dictionary<string, string>
        {
            ["DISCOVER_STATE_DIR"] = "/srv/discover",
            ["XDG_STATE_HOME"] = "/home/a/.state",
            ["HOME"] = "/home/a",
        };

        Assert.Equal("/srv/discover", StateDirectory.ResolveDefault(env.GetValueOrDefault));
    }

    [Fact]
    public void ResolveDefault_XdgStateHome_AppendsDiscover()
    {
        var env = new Dictionary<string, string> { ["XDG_STATE_HOME"] = "/home/a/.state", ["HOME"] = "/home/a" };

        Assert.Equal("/home/a/.state/discover", StateDirectory.ResolveDefault(env.GetValueOrDefault));
    }

    [Fact]
    public void ResolveDefault_RelativeXdgStateHome_IsIgnoredPerXdgSpec()
    {
        var env = new Dictionary<string, string> { ["XDG_STATE_HOME"] = "relative", ["HOME"] = "/home/a" };

        Assert.Equal("/home/a/.local/state/discover", StateDirectory.ResolveDefault(env.GetValueOrDefault));
    }
}
