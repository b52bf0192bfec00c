namespace Discovery.Store;

/// <summary>A complete snapshot of the store: one zstd Parquet file per table in a folder named after its time.</summary>
internal sealed record SnapshotInfo
{
    /// <summary>The folder name, <c>yyyyMMddTHHmmss.fffZ</c> of <see cref="TakenAt"/>; sorts by time.</summary>
    public required string Name { get; init; }

    /// <summary>When the snapshot was taken (UTC).</summary>
    public required DateTimeOffset TakenAt { get; init; }

    /// <summary>The store version it holds (the last change included).</summary>
    public long Version { get; init; }

    /// <summary>The store schema version the files have.</summary>
    public int SchemaVersion { get; init; }

    /// <summary>Rows per table (<c>nodes</c>, <c>nics</c>, <c>history</c>, ...).</summary>
    public IReadOnlyDictionary<string, long> Rows { get; init; } = new Dictionary<string, long>();

    /// <summary>Bytes on disk, all files together.</summary>
    public long Bytes { get; init; }

    /// <summary>The snapshot's folder.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Path { get; init; } = string.Empty;
}
