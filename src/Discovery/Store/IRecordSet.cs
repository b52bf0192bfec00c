namespace Discovery.Store;

/// <summary>
/// The records of one kind, in the local store or behind a <c>discover serve</c> API: the CLI works against
/// either through this interface. Keys are ids, or the kind's natural name (a node's or BMC's xname, a
/// group's or boot profile's name, an interface's MAC).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal interface IRecordSet<T>
    where T : class
{
    /// <summary>The kind of record.</summary>
    RecordKind Kind { get; }

    /// <summary>Lists the records matching <paramref name="query"/>, one page.</summary>
    /// <exception cref="InventoryQueryException">A filter name or value is not understood; nothing was read.</exception>
    Task<RecordPage<T>> ListAsync(RecordQuery query, CancellationToken cancellationToken);

    /// <summary>The record with id or name <paramref name="key"/>, with its version; null when there is none.</summary>
    Task<Versioned<T>?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores a new record. An empty id is replaced by a new one.</summary>
    Task<WriteResult<T>> CreateAsync(T record, WriteConditions conditions, CancellationToken cancellationToken);

    /// <summary>Replaces the record <paramref name="key"/> with <paramref name="record"/> (its id is kept).</summary>
    Task<WriteResult<T>> ReplaceAsync(string key, T record, WriteConditions conditions, CancellationToken cancellationToken);

    /// <summary>Deletes the record <paramref name="key"/>.</summary>
    Task<WriteResult<T>> DeleteAsync(string key, WriteConditions conditions, CancellationToken cancellationToken);
}
