using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Store;

/// <summary>Where the store keeps its working set and snapshots, and how many snapshots it keeps.</summary>
internal sealed record InventoryStoreOptions
{
    /// <summary>The file name of the working set inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "inventory.duckdb";

    /// <summary>
    /// The store's folder: the working set <c>inventory.duckdb</c> and <c>snapshots/</c>. Required, also in
    /// memory mode, where it holds only the snapshots.
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>Keep the working set in memory only (snapshots still go to disk); default false (durable file).</summary>
    public bool InMemory { get; init; }

    /// <summary>How many snapshots to keep; older ones are deleted after each new one. Default 24; at least 1.</summary>
    public int SnapshotRetain { get; init; } = 24;

    /// <summary>
    /// When the working set is missing (or in memory, always) or unreadable, load the newest snapshot that
    /// reads. Default true.
    /// </summary>
    public bool RestoreOnOpen { get; init; } = true;

    /// <summary>The clock for seen-times, history and snapshot names.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where the store logs opening, snapshots and failed writes; default: nowhere.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>
    /// How long journaled API writes wait before DuckDB takes them in, in one batch with those that come meanwhile
    /// (reads and other writes of DuckDB never wait for it: they apply the journal first). Default 50 ms; tests hold
    /// DuckDB behind with <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    internal TimeSpan JournalApplyDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The working set's path (<c>DATA_DIR/inventory.duckdb</c>).</summary>
    public string DatabasePath => Path.Combine(DataDirectory, DatabaseFileName);

    /// <summary>The snapshots' folder (<c>DATA_DIR/snapshots</c>).</summary>
    public string SnapshotDirectory => Path.Combine(DataDirectory, "snapshots");
}
