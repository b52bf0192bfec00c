using Microsoft.Extensions.Logging;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    private static partial class Log
    {
        [LoggerMessage(EventId = StoreEventIds.Opened, Level = LogLevel.Information,
            Message = "Inventory store {Path} open (in memory: {InMemory}; restored from snapshot: {Snapshot})")]
        public static partial void Opened(ILogger logger, string path, bool inMemory, string? snapshot);

        [LoggerMessage(EventId = StoreEventIds.MovedAside, Level = LogLevel.Warning,
            Message = "Inventory store: the working set did not read ({Problem}); kept as {MovedAside}, starting from the newest snapshot")]
        public static partial void MovedAside(ILogger logger, string? problem, string movedAside);

        [LoggerMessage(EventId = StoreEventIds.SnapshotSkipped, Level = LogLevel.Warning, Message = "Inventory store: snapshot skipped: {Reason}")]
        public static partial void SnapshotSkipped(ILogger logger, string reason);

        [LoggerMessage(EventId = StoreEventIds.SnapshotWritten, Level = LogLevel.Debug,
            Message = "Inventory store: snapshot {Name} of version {Version} written in {ElapsedMs} ms")]
        public static partial void SnapshotWritten(ILogger logger, string name, long version, double elapsedMs);

        [LoggerMessage(EventId = StoreEventIds.SnapshotRestored, Level = LogLevel.Information,
            Message = "Inventory store: working set replaced by snapshot {Name} (the state before is snapshot {Before})")]
        public static partial void SnapshotRestored(ILogger logger, string name, string? before);

        [LoggerMessage(EventId = StoreEventIds.GroupCommits, Level = LogLevel.Information,
            Message = "Inventory store: {Writes} writes in {Groups} group commits ({Alone} alone), {WritesPerGroup:F1} writes a group (at most {Largest}); per group {GatherMs:F2} ms gathering, {StatementMs:F2} ms of statements (of which {BulkRowsMs:F2} ms bulk rows), {CommitMs:F2} ms of COMMIT, {ReadModelMs:F2} ms read model")]
        public static partial void GroupCommits(ILogger logger, long writes, long groups, long alone, double writesPerGroup, int largest, double gatherMs, double statementMs, double bulkRowsMs, double commitMs, double readModelMs);

        [LoggerMessage(EventId = StoreEventIds.WriteFailed, Level = LogLevel.Error, Message = "Inventory store: a write by {Actor} failed and was rolled back: {Reason}")]
        public static partial void WriteFailed(ILogger logger, string actor, string reason);

        [LoggerMessage(EventId = StoreEventIds.JournalReplayed, Level = LogLevel.Information,
            Message = "Inventory store: {Groups} journaled write groups replayed from {Path} in {ElapsedMs} ms")]
        public static partial void JournalReplayed(ILogger logger, int groups, string path, double elapsedMs);

        [LoggerMessage(EventId = StoreEventIds.JournalTornTail, Level = LogLevel.Warning,
            Message = "Inventory store: the write journal {Path} ended in {Bytes} bytes of a record cut short by a crash (never acknowledged); cut off")]
        public static partial void JournalTornTail(ILogger logger, string path, long bytes);

        [LoggerMessage(EventId = StoreEventIds.JournalSetAside, Level = LogLevel.Warning,
            Message = "Inventory store: the working set is new or restored from a snapshot, so the write journal beside it belongs to the one that is gone; kept as {Path}")]
        public static partial void JournalSetAside(ILogger logger, string path);

        [LoggerMessage(EventId = StoreEventIds.JournalApplyFailed, Level = LogLevel.Error,
            Message = "Inventory store: DuckDB could not take the journaled writes yet (they stay in the journal): {Reason}")]
        public static partial void JournalApplyFailed(ILogger logger, string reason);

        [LoggerMessage(EventId = StoreEventIds.ReadModelLoaded, Level = LogLevel.Information,
            Message = "Inventory store: {Nodes} nodes loaded into memory for point reads in {ElapsedMs} ms")]
        public static partial void ReadModelLoaded(ILogger logger, int nodes, double elapsedMs);

        [LoggerMessage(EventId = StoreEventIds.ReadModelDropped, Level = LogLevel.Warning,
            Message = "Inventory store: the in-memory read model is dropped, reads go to DuckDB: {Reason}")]
        public static partial void ReadModelDropped(ILogger logger, string reason);
    }
}
