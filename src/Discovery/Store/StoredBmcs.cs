using Discovery.Records;

namespace Discovery.Store;

/// <summary>
/// The stored BMCs a collect merge can name, read whole (NICs and firmware) in one query per thousand when it starts,
/// so that matching a BMC costs no query of its own. A BMC the merge wrote since, or one the bulk read did not foresee,
/// is read from DuckDB after what waits is written: each answer is the one the single-row read would give.
/// </summary>
internal sealed class StoredBmcs
{
    private const int IdsPerQuery = 1000;

    private readonly WriteTransaction _tx;
    private readonly BmcSet _set;
    private readonly Dictionary<Guid, Versioned<Bmc>?> _read = [];

    private StoredBmcs(WriteTransaction tx, BmcSet set)
    {
        _tx = tx;
        _set = set;
    }

    /// <summary>Reads the BMCs of <paramref name="ids"/> (an id no BMC has is remembered as none).</summary>
    public static StoredBmcs Load(WriteTransaction tx, BmcSet set, IEnumerable<Guid> ids)
    {
        var reads = new StoredBmcs(tx, set);
        foreach (var chunk in ids.Distinct().Chunk(IdsPerQuery))
        {
            foreach (var id in chunk)
            {
                reads._read[id] = null;
            }

            var where = new FilterClause($"bmcs.id IN ({string.Join(", ", chunk.Select(_ => "?"))})", [.. chunk.Select(i => i.ToString())]);
            foreach (var bmc in set.Load(tx.Connection, where))
            {
                reads._read[bmc.Record.Id] = bmc;
            }
        }

        return reads;
    }

    /// <summary>The stored BMC with <paramref name="id"/> at this point of the merge; null when none.</summary>
    public Versioned<Bmc>? Find(Guid id) => _read.TryGetValue(id, out var bmc) ? bmc : _set.Find(_tx.Settled(), id.ToString());

    /// <summary>The merge wrote BMC <paramref name="id"/>: a later read of it asks DuckDB.</summary>
    public void Saved(Guid id) => _read.Remove(id);
}
