using Discovery.Credentials;

namespace Discovery.Credentials.Tests;

public sealed class CredentialPathsTests
{
    [Fact]
    public void DefaultStorePath_XdgSet_UsesIt()
    {
        Assert.Equal("/xdg/discover/secrets.json", CredentialPaths.DefaultStorePath(n => n == "XDG_CONFIG_HOME" ? "/xdg" : "/home/u"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/dir")]
    public void DefaultKeyPath_XdgUnsetOrRelative_UsesHomeConfig(string? xdg)
    {
        Assert.Equal("/home/u/.config/discover/secrets.key", CredentialPaths.DefaultKeyPath(n => n == "XDG_CONFIG_HOME" ? xdg : "/home/u"));
    }
}
