using Discovery.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Discovery.Api.Snapshots;

/// <summary>
/// Takes a snapshot every <see cref="ApiOptions.SnapshotInterval"/> when the store changed since the last one,
/// and one more at shutdown, so a restart (or a lost working set) loses nothing acknowledged before it.
/// </summary>
internal sealed partial class SnapshotService(InventoryStore store, ApiOptions options, TimeProvider time, ILogger<SnapshotService> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SnapshotAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.SnapshotInterval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SnapshotAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync takes the last snapshot.
        }
    }

    private async Task SnapshotAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await store.CreateSnapshotAsync(onlyIfChanged: true, cancellationToken) is { } snapshot)
            {
                LogSnapshot(logger, snapshot.Name, snapshot.Version, snapshot.Bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or InventoryStoreException or UnauthorizedAccessException)
        {
            // A full disk or a vanished folder must not stop the API: the working set is still durable.
            LogSnapshotFailed(logger, ex.Message);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Snapshot {Name} written (version {Version}, {Bytes} bytes)")]
    private static partial void LogSnapshot(ILogger logger, string name, long version, long bytes);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Snapshot failed: {Reason}")]
    private static partial void LogSnapshotFailed(ILogger logger, string reason);
}
