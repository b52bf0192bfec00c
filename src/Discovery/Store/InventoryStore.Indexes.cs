using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    private Task _indexes = Task.CompletedTask;

    /// <summary>
    /// Completes when the tables' indexes exist. A restore on open commits the rows first and leaves the indexes to a
    /// background task (building them is as long again as loading the rows), so the store opens with every row there.
    /// </summary>
    internal Task IndexesBuilt => _indexes;

    /// <summary>
    /// Builds the indexes a restore on open left out, holding the write lock: reads go on meanwhile (by table scans,
    /// the indexes being lookup aids only), writes wait for it. A failure or a kill leaves them to the next open,
    /// which creates every missing index (<see cref="StoreSchemaBuilder.AddMissingColumns"/>).
    /// </summary>
    private void CreateIndexesInBackground() => _indexes = Task.Run(async () =>
    {
        await _writeLock.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            StoreSchemaBuilder.CreateMissingIndexes(_writer);
            Log.IndexesBuilt(Options.Logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (DuckDBException ex)
        {
            Log.IndexesNotBuilt(Options.Logger, ex.Message);
        }
        finally
        {
            _writeLock.Release();
        }
    });

    private static partial class Log
    {
        [LoggerMessage(EventId = StoreEventIds.IndexesBuilt, Level = LogLevel.Information,
            Message = "Inventory store: indexes of the restored working set built in {ElapsedMs} ms")]
        public static partial void IndexesBuilt(ILogger logger, double elapsedMs);

        [LoggerMessage(EventId = StoreEventIds.IndexesNotBuilt, Level = LogLevel.Warning,
            Message = "Inventory store: the restored working set's indexes could not be built (lookups scan the tables; the next open tries again): {Reason}")]
        public static partial void IndexesNotBuilt(ILogger logger, string reason);
    }
}
