using Discovery.Credentials;
using Discovery.Testing.Logging;

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
    public async Task GetCredentialAsync_EachSource_LogsTheSourceNeverThePassword()
    {
        using var log = new LogCapture();
        var withGlobal = new CredentialProvider(Stored(), Global, null, PasswordSource.File, log.CreateLogger<CredentialProvider>());
        var withoutGlobal = new CredentialProvider(Stored(), null, null, null, log.CreateLogger<CredentialProvider>());
        var empty = new CredentialProvider(new Dictionary<string, BmcCredential>(), null, null, null, log.CreateLogger<CredentialProvider>());

        await withGlobal.GetCredentialAsync("https://10.0.1.5:8443", Token);
        await withGlobal.GetCredentialAsync("10.0.1.6", Token);
        await withoutGlobal.GetCredentialAsync("10.0.1.7", Token);
        await empty.GetCredentialAsync("10.0.1.8", Token);

        Assert.Equal(
            [(CredentialEventIds.FromSecretsStore, "10.0.1.5"), (CredentialEventIds.FromRunWide, (object)PasswordSource.File), (CredentialEventIds.FromSecretsStore, SecretsStore.DefaultKey), (CredentialEventIds.NoCredential, null)],
            log.Entries.Select(e => (e.EventId.Id, e.Value("EntryKey") ?? e.Value("PasswordSource"))));
        Assert.All(log.Entries, e => Assert.DoesNotMatch("specific|stored-default|global", e.AllText()));
    }

    [Fact]
    public void BmcCredential_ToString_HidesPassword()
    {
        var text = new BmcCredential("admin", "hunter2").ToString();

        Assert.Equal("BmcCredential { Username = admin, Password = *** }", text);
    }
}
