using Discovery.Redfish.Tls;
using Discovery.Testing;

namespace Discovery.Redfish.Tls.Tests;

public sealed class CertificatePinStoreTests
{
    [Fact]
    public async Task SaveAsync_ThenLoad_KeepsFirstPinPerEndpoint()
    {
        using var temp = new TempDirectory();
        var path = temp.File("state/pins.json");
        var ct = TestContext.Current.CancellationToken;
        var store = await CertificatePinStore.LoadAsync(path, ct);

        Assert.Equal("AA", store.PinIfAbsent("127.0.0.2:443", "AA"));
        Assert.Equal("AA", store.PinIfAbsent("127.0.0.2:443", "BB"));
        await store.SaveAsync(ct);
        var reloaded = await CertificatePinStore.LoadAsync(path, ct);

        Assert.Equal("AA", reloaded.Get("127.0.0.2:443"));
        Assert.Null(reloaded.Get("127.0.0.3:443"));
        Assert.False(File.Exists(path + ".tmp"));
    }
}
