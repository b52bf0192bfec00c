namespace Discovery.Store;

/// <summary>Event ids of the inventory store's log messages (5000-5099), so a filter or an alert can name them.</summary>
internal static class StoreEventIds
{
    /// <summary>The store opened: where, and whether it came from a snapshot.</summary>
    public const int Opened = 5000;

    /// <summary>An unreadable working set was moved aside.</summary>
    public const int MovedAside = 5001;

    /// <summary>A snapshot that did not read was skipped on open.</summary>
    public const int SnapshotSkipped = 5002;

    /// <summary>A snapshot was written.</summary>
    public const int SnapshotWritten = 5010;

    /// <summary>The working set was replaced by a snapshot.</summary>
    public const int SnapshotRestored = 5011;

    /// <summary>The indexes a restore on open left out were built.</summary>
    public const int IndexesBuilt = 5012;

    /// <summary>The indexes a restore on open left out could not be built (the next open tries again).</summary>
    public const int IndexesNotBuilt = 5013;

    /// <summary>A write was refused by DuckDB (disk full, I/O): nothing of it was kept.</summary>
    public const int WriteFailed = 5020;

    /// <summary>The store closed after group commits: their sizes and where their time went.</summary>
    public const int GroupCommits = 5021;

    /// <summary>Opening replayed journaled writes DuckDB did not hold yet.</summary>
    public const int JournalReplayed = 5040;

    /// <summary>The write journal ended in a record cut short by a crash (never acknowledged): it was cut off.</summary>
    public const int JournalTornTail = 5041;

    /// <summary>A write journal beside a new or restored working set was kept aside, not replayed.</summary>
    public const int JournalSetAside = 5042;

    /// <summary>DuckDB could not take journaled writes yet (they stay journaled; the next try follows).</summary>
    public const int JournalApplyFailed = 5043;

    /// <summary>The nodes' read model is loaded.</summary>
    public const int ReadModelLoaded = 5030;

    /// <summary>The nodes' read model could not follow the working set and is dropped (reads go to DuckDB).</summary>
    public const int ReadModelDropped = 5031;
}
