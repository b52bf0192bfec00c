using Discovery.CrawlLog;
using Discovery.Store;
using Discovery.Tests.TestSupport;

namespace Discovery.Files.Tests;

/// <summary>
/// The <c>--durable-writes DIR</c> helper mode: one crawl-log run under <c>DIR/log</c>, one store snapshot under
/// <c>DIR/store</c> and one TLS pin file <c>DIR/pins/pins.json</c>, each renamed into place, in a process of its own so a test can trace its system calls.
/// </summary>
internal static class DurableWritesChild
{
    public static async Task<int> RunAsync(string directory)
    {
        await using (var writer = CrawlLogWriter.Create(Path.Combine(directory, "log"), "20261122T030000Z-d0ab1e00", "collect"))
        {
            writer.AddResponse(BenchRows.Response(0));
            await writer.CompleteAsync(CrawlRunStatus.Complete, CancellationToken.None);
        }

        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = Path.Combine(directory, "store") }, CancellationToken.None);
        await store.CreateSnapshotAsync(CancellationToken.None);

        var pins = await Redfish.Tls.CertificatePinStore.LoadAsync(Path.Combine(directory, "pins", "pins.json"), CancellationToken.None);
        pins.PinIfAbsent("127.0.0.1:443", "AB12");
        await pins.SaveAsync(CancellationToken.None);
        return 0;
    }
}
