using Discovery.Credentials;

namespace Discovery.Credentials.Tests;

public sealed class CredentialProviderTests
{
    private static readonly BmcCredential Specific = new("admin", "specific");
    private static readonly BmcCredential StoredDefault = new("root", "stored-default");
    private static readonly BmcCredential Global = new("ops", "global");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Dictionary<string, BmcCredential> Stored() => new(StringComparer.Ordinal)
    {
        ["10.0.1.5"] = Specific,
        ["fd00::5"] = Specific,
        ["bmc7.lab"] = Specific,
        [SecretsStore.DefaultKey] = StoredDefault,
    };

    [Theory]
    [InlineData("10.0.1.5")]
    [InlineData("::ffff:10.0.1.5")]
    [InlineData("https://10.0.1.5:8443")]
    [InlineData("https://[FD00::5]/redfish/v1")]
    [InlineData("BMC7.lab")]
    public async Task GetCredentialAsync_StoredEntryForAddress_WinsOverGlobal(string address)
    {
        var provider = new CredentialProvider(Stored(), Global);

        Assert.Equal(Specific, await provider.GetCredentialAsync(address, Token));
    }

    [Fact]
    public async Task GetCredentialAsync_NoEntry_UsesGlobalBeforeStoredDefault()
    {
        var provider = new CredentialProvider(Stored(), Global);

        Assert.Equal(Global, await provider.GetCredentialAsync("10.0.1.6", Token));
    }

    [Fact]
    public async Task GetCredentialAsync_NoEntryNoGlobal_UsesStoredDefault()
    {
        var provider = new CredentialProvider(Stored(), null);

        Assert.Equal(StoredDefault, await provider.GetCredentialAsync("10.0.1.6", Token));
    }

    [Fact]
    public async Task GetCredentialAsync_NothingConfigured_ReturnsNull()
    {
        var provider = new CredentialProvider(new Dictionary<string, BmcCredential>(), null);

        Assert.True(provider.IsEmpty);
        Assert.Null(await provider.GetCredentialAsync("10.0.1.6", Token));
    }

    [Fact]
    public void BmcCredential_ToString_HidesPassword()
    {
        var text = new BmcCredential("admin", "hunter2").ToString();

        Assert.Equal("BmcCredential { Username = admin, Password = *** }", text);
    }
}
