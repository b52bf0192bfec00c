using Discovery.Store;
using Discovery.Testing;
using Discovery.Testing.Logging;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>The store says where it opened, what it restored and which snapshots it wrote (issue 12: the libraries log).</summary>
public sealed class InventoryStoreLogTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);
    private readonly LogCapture _log = new();

    private CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _log.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task OpenAsync_WorkingSetDeleted_LogsTheOpenAndTheSnapshotItCameFrom()
    {
        string snapshot;
        using (var store = await OpenAsync())
        {
            await store.UpsertCollectedAsync([InventorySamples.Collected(1, InventorySamples.Node(1))], Token);
            snapshot = (await store.CreateSnapshotAsync(Token))!.Name;
        }

        File.Delete(Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName));
        using (await OpenAsync())
        {
        }

        var opened = _log.Events(StoreEventIds.Opened);
        Assert.Equal(2, opened.Count);
        Assert.All(opened, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.Null(opened[0].Value("Snapshot"));
        Assert.Equal(snapshot, opened[1].Value("Snapshot"));
        Assert.Equal(Path.Combine(_directory.Path, InventoryStoreOptions.DatabaseFileName), opened[1].Value("Path"));
        var written = Assert.Single(_log.Events(StoreEventIds.SnapshotWritten));
        Assert.Equal(snapshot, written.Value("Name"));
        Assert.True((long)written.Value("Version")! > 0);
    }

    private Task<InventoryStore> OpenAsync() => InventoryStore.OpenAsync(
        new InventoryStoreOptions { DataDirectory = _directory.Path, TimeProvider = _clock, Logger = _log.CreateLogger<InventoryStore>() },
        Token);
}
