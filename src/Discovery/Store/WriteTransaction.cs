using System.Text.Json;

namespace Discovery.Store;

/// <summary>
/// One write transaction on the store's writer connection: hands out versions, stamps times and appends
/// history events. Created under the store's write lock; <see cref="InventoryStore"/> commits or rolls back.
/// </summary>
internal sealed class WriteTransaction
{
    private readonly StoreConnection _connection;
    private long _version;
    private bool _begun;

    public WriteTransaction(StoreConnection connection, long version, DateTimeOffset now, string actor)
    {
        _connection = connection;
        _version = version;
        // DuckDB keeps microseconds: a stamp that precise is the same in the write's answer and in every later read.
        Now = now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
        Actor = actor;
    }

    /// <summary>
    /// The writer connection, inside this transaction's DuckDB transaction, which begins on first use: a write answered
    /// from memory that changes nothing (the same record again, a refused one) costs no BEGIN and no ROLLBACK.
    /// </summary>
    public StoreConnection Connection
    {
        get
        {
            if (!_begun)
            {
                BeforeBegin?.Invoke();
                _connection.Run("BEGIN TRANSACTION");
                _begun = true;
            }

            return _connection;
        }
    }

    /// <summary>Runs before the DuckDB transaction begins: DuckDB takes the journaled writes first (<see cref="InventoryStore"/>'s journal part).</summary>
    public Action? BeforeBegin { get; init; }

    /// <summary>True once <see cref="Connection"/> began the DuckDB transaction (then it must be committed or rolled back).</summary>
    public bool Begun => _begun;

    /// <summary>The instant every row written in this transaction is stamped with.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Who writes (recorded in history); a group commit sets it for each write of the batch.</summary>
    public string Actor { get; set; }

    /// <summary>The last version handed out (the store's counter once committed).</summary>
    public long Version => _version;

    /// <summary>Counts of history events written, by kind of change.</summary>
    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Removed { get; private set; }

    /// <summary>Set while a batch (an apply's nodes) holds its row writes back to send them in bulk.</summary>
    public PendingWrites? Pending { get; set; }

    /// <summary>Set with <see cref="Pending"/>: the batch's reads, answered from memory.</summary>
    public NodeLookups? NodeLookups { get; set; }

    /// <summary>Set during a collect merge: its lookups, kept in step with its writes (a BMC's xname and UUID checks use them).</summary>
    public CollectLookups? CollectLookups { get; set; }

    /// <summary>The nodes whose stored form (row, NICs, groups) this transaction changed: the read model reads them again after the commit.</summary>
    public HashSet<Guid> ChangedNodes { get; } = [];

    /// <summary>
    /// The nodes of <see cref="ChangedNodes"/> whose stored form is exactly a record this transaction wrote whole (null: deleted):
    /// the read model takes them as they are instead of reading them back. A change through another record (a NIC, a group) drops the entry.
    /// </summary>
    public Dictionary<Guid, Versioned<Records.ComputeNode>?> WrittenNodes { get; } = [];

    /// <summary>The xnames a node of this transaction had or has: the read model's answers for them are out of date here.</summary>
    public HashSet<string> ChangedXnames { get; } = new(StringComparer.Ordinal);

    public long NextVersion() => ++_version;

    /// <summary>The connection with every row write held back in <see cref="Pending"/> sent (outside a batch, nothing waits), for a read that must see them.</summary>
    public StoreConnection Settled()
    {
        FlushPending();
        return Connection;
    }

    /// <summary>Sends the row writes held back in <see cref="Pending"/>, if any (the connection is not touched otherwise).</summary>
    public void FlushPending()
    {
        if (Pending is { IsEmpty: false } pending)
        {
            pending.Flush(Connection);
        }
    }

    /// <summary>Notes that node <paramref name="id"/> (or, harmlessly, an id of another kind) changed.</summary>
    public void NodeChanged(Guid id)
    {
        ChangedNodes.Add(id);
        WrittenNodes.Remove(id);
    }

    /// <summary>Notes that node <paramref name="id"/> is stored as <paramref name="node"/> now (null: deleted), after <see cref="NodeChanged(Guid, ReadOnlySpan{string?})"/>.</summary>
    public void NodeWritten(Guid id, Versioned<Records.ComputeNode>? node) => WrittenNodes[id] = node;

    /// <summary>Notes that node <paramref name="id"/> changed, and the xnames it had and has.</summary>
    public void NodeChanged(Guid id, params ReadOnlySpan<string?> xnames)
    {
        NodeChanged(id);
        foreach (var xname in xnames)
        {
            if (xname is not null)
            {
                ChangedXnames.Add(xname);
            }
        }
    }

    /// <summary>Appends a history event; its sequence number is <paramref name="version"/>.</summary>
    public void Record(long version, RecordKind kind, Guid id, string? label, ChangeKind change, IReadOnlyList<FieldChange> changes)
    {
        var history = StoreSchema.History;
        var row = history.Parameters(
        [
            version, Now, RecordKinds.Name(kind), id, label,
            change switch { ChangeKind.Added => "added", ChangeKind.Removed => "removed", _ => "changed" },
            change == ChangeKind.Changed ? JsonSerializer.Serialize(changes, StorageJsonContext.Default.IReadOnlyListFieldChange) : null,
            Actor,
        ]);
        if (Pending is { } pending)
        {
            pending.AddHistory(row);
        }
        else
        {
            Connection.Execute(history.InsertSql, row);
        }

        switch (change)
        {
            case ChangeKind.Added:
                Added++;
                break;
            case ChangeKind.Removed:
                Removed++;
                break;
            default:
                Changed++;
                break;
        }
    }
}
