using Discovery.Scanning.State;

namespace Discovery.Scanning.State.Tests;

public sealed class LastScanStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("last-scan-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SaveAsync_ThenLoadAsync_RoundTripsAndLeavesNoTemporaryFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var stateDir = Path.Combine(_directory, "nested", "state");
        var scan = new LastScan
        {
            ScannedAt = new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero),
            Targets = ["127.0.0.0/24"],
            Bmcs = [new DiscoveredBmc { Address = "127.0.0.2", Port = 443, Scheme = "https", BaseUri = "https://127.0.0.2:443/", Uuid = "u-1", FoundBy = ["redfish"] }],
        };

        await LastScanStore.SaveAsync(stateDir, scan, ct);
        await LastScanStore.SaveAsync(stateDir, scan with { Targets = ["127.0.0.2"] }, ct);
        var loaded = await LastScanStore.LoadAsync(stateDir, ct);

        Assert.NotNull(loaded);
        Assert.Equal(["127.0.0.2"], loaded.Targets);
        Assert.Equal(scan.ScannedAt, loaded.ScannedAt);
        Assert.Equal("https://127.0.0.2:443/", Assert.Single(loaded.Bmcs).BaseUri);
        Assert.Equal([LastScanStore.FileName], Directory.GetFiles(stateDir).Select(Path.GetFileName));
        Assert.Contains("\"base_uri\"", await File.ReadAllTextAsync(Path.Combine(stateDir, LastScanStore.FileName), ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_NoScanYet_ReturnsNull()
    {
        Assert.Null(await LastScanStore.LoadAsync(_directory, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LoadAsync_Corrupt_ThrowsInvalidDataNamingTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(_directory, LastScanStore.FileName), "{\"bmcs\": [", ct);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LastScanStore.LoadAsync(_directory, ct));

        Assert.Contains(LastScanStore.FileName, error.Message, StringComparison.Ordinal);
    }
}
