using System.Text.Json;
using Discovery.Records;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>Compute nodes: a row of <c>nodes</c>, their NICs, and their group memberships. Key: id or xname.</summary>
internal sealed class NodeSet : StoreRecordSet<ComputeNode>
{
    public NodeSet(InventoryStore store)
        : base(store)
    {
    }

    public override RecordKind Kind => RecordKind.Node;

    protected override bool InBulk => true;

    protected override RecordTable<ComputeNode> Rows => StoreSchema.Nodes;

    /// <summary>The order of node listings: xname in natural order (<c>s2</c> before <c>s10</c>), then id.</summary>
    internal static SortOrder<ComputeNode> ListOrder { get; } = new(StoreSchema.Nodes, ["xname"], "xname", "id");

    protected override SortOrder<ComputeNode> Order => ListOrder;

    protected override FilterClause KeyClause(string key) => Guid.TryParse(key, out var id)
        ? new FilterClause("nodes.id = ?", [id.ToString()])
        : new FilterClause("nodes.xname = ?", [key]);

    protected override IRecordSet<ComputeNode> In(InventoryStore store) => store.Nodes;

    protected override bool TryFindInMemory(string key, out Versioned<ComputeNode>? found)
    {
        var model = Store.NodeModel;
        found = model?.Find(key)?.ToVersioned();
        return model is not null;
    }

    /// <summary>
    /// Under the write lock the read model holds the committed state, which is this transaction's start: it answers
    /// unless this transaction already changed the node or the xname (then DuckDB, which sees the transaction's writes).
    /// </summary>
    protected override Versioned<ComputeNode>? FindForWrite(WriteTransaction tx, string key)
    {
        var trimmed = key.Trim();
        if (Store.NodeModel is { } model && !(Guid.TryParse(trimmed, out var id) ? tx.ChangedNodes.Contains(id) : tx.ChangedXnames.Contains(trimmed)))
        {
            var document = model.Find(trimmed);
            if (document is null || !tx.ChangedNodes.Contains(document.Id))
            {
                return document?.ToVersioned();
            }
        }

        return Find(tx.Settled(), key);
    }

    protected override RecordPage<ComputeNode>? ListInMemory(RecordQuery query) =>
        Store.NodeModel?.Page(query)?.ToRecordPage();

    protected override IReadOnlyList<Versioned<ComputeNode>> Load(StoreConnection connection, FilterClause where, string suffix)
    {
        var rows = LoadRows(connection, where, suffix);
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(r => r.Record.Id).ToList();
        var nics = OwnedInterfaces.Load(connection, OwnerIds.In("owner_id", ids, Table, where, OrderBy, suffix));
        var groups = Memberships.GroupsOf(connection, OwnerIds.In("m.node_id", ids, Table, where, OrderBy, suffix));
        var parts = OwnedParts.Load(connection, OwnerIds.In("owner_id", ids, Table, where, OrderBy, suffix));
        return Assemble(rows, nics, groups, parts);
    }

    /// <summary>Every node matching <paramref name="where"/>, whole (for an apply's lookups read up front).</summary>
    internal IReadOnlyList<Versioned<ComputeNode>> Load(StoreConnection connection, FilterClause where) => Load(connection, where, string.Empty);

    /// <summary>
    /// Every node, whole and in no particular order (the read model sorts them itself): one query per table, each
    /// child table read where its owner is any node. Not <see cref="Load(StoreConnection, FilterClause)"/> with TRUE,
    /// which sorts the nodes and asks for each child table's owners by the listing order (a natural-order sort of every
    /// node in DuckDB per child table: most of the 25 s that loading 250,000 nodes took that way). Nodes and NICs are read
    /// by <see cref="NodeRows"/>, typed and without a copy per column.
    /// </summary>
    internal IReadOnlyList<Versioned<ComputeNode>> LoadAll(StoreConnection connection)
    {
        var rows = NodeRows.Nodes(connection);
        var owners = new FilterClause($"owner_id IN (SELECT id FROM {Table.Name})", []);
        var nics = OwnedInterfaces.ByOwner(NodeRows.Nics(connection, owners));
        var groups = Memberships.GroupsOf(connection, new FilterClause($"m.node_id IN (SELECT id FROM {Table.Name})", []));
        var parts = OwnedParts.Load(connection, owners);
        return Assemble(rows, nics, groups, parts);
    }

    private static Versioned<ComputeNode>[] Assemble(
        IReadOnlyList<Versioned<ComputeNode>> rows, Dictionary<Guid, List<NetworkInterface>> nics, Dictionary<Guid, List<string>> groups, OwnedParts.Loaded parts) =>
        [.. rows.Select(r => r with
        {
            Record = OwnedParts.Attach(r.Record with
            {
                NetworkInterfaces = nics.TryGetValue(r.Record.Id, out var n) ? n : [],
                Groups = groups.TryGetValue(r.Record.Id, out var g) ? g : [],
            }, parts),
        })];

    protected override Guid IdOf(ComputeNode record) => record.Id;

    protected override ComputeNode WithId(ComputeNode record, Guid id) => record with { Id = id };

    protected override string? LabelOf(ComputeNode record) => record.Xname ?? record.Hostname;

    protected override (ComputeNode Record, IReadOnlyList<RecordError> Errors) Normalize(ComputeNode record) => RecordRules.Normalize(record);

    protected override IReadOnlyList<RecordError> CheckReferences(WriteTransaction tx, ComputeNode record)
    {
        var errors = new List<RecordError>();
        for (var i = 0; i < record.Groups.Count; i++)
        {
            if (GroupId(tx, record.Groups[i]) is null)
            {
                errors.Add(new RecordError($"groups[{i}]", $"no group named {QuotedValue.Of(record.Groups[i])} (create it first)"));
            }
        }

        var profileId = record.BootProfile is { } name
            ? tx.NodeLookups is { } lookups ? lookups.BootProfileId(name) : BootProfileSet.IdByName(tx.Connection, name)
            : null;
        if (record.BootProfile is { } profile && profileId is null)
        {
            errors.Add(new RecordError("boot_profile", $"no boot profile named {QuotedValue.Of(profile)} (create it first)"));
        }

        return errors;
    }

    protected override IReadOnlyList<RecordError> Conflicts(WriteTransaction tx, ComputeNode record)
    {
        if (record.Xname is not { } xname)
        {
            return [];
        }

        var other = tx.NodeLookups is { } lookups
            ? lookups.OtherWithXname(xname, record.Id)?.ToString()
            : Store.NodeModel is { } model && !tx.ChangedXnames.Contains(xname)
                ? model.OtherWithXname(xname, record.Id)?.ToString()
                : tx.Settled().Scalar("SELECT id FROM nodes WHERE xname = ? AND id <> ? LIMIT 1", xname, record.Id.ToString());
        return other is null ? [] : [new RecordError("xname", $"{QuotedValue.Of(xname)} is already the xname of node {other}")];
    }

    protected override ComputeNode Stamp(WriteTransaction tx, ComputeNode desired, ComputeNode? existing, bool changed = true) => OwnedParts.Stamp(desired, existing) with
    {
        NetworkInterfaces = OwnedInterfaces.Assign(
            tx, desired.Id, NetworkInterfaceOwnerKind.Node, desired.NetworkInterfaces, existing?.NetworkInterfaces ?? []),
        // In the order a read gives them (DuckDbOrder), so the write's answer and the read model agree with DuckDB.
        Groups = [.. desired.Groups.Distinct(StringComparer.Ordinal).Order(Comparer<string>.Create(DuckDbOrder.CompareUtf8))],
        // A crawl's fact: a person's write that does not carry it leaves it as the last crawl reported it.
        ReportedHostname = desired.ReportedHostname ?? existing?.ReportedHostname,
        FirstSeen = existing?.FirstSeen ?? desired.FirstSeen,
        LastSeen = desired.LastSeen ?? existing?.LastSeen,
        LastUpdated = changed ? tx.Now : existing?.LastUpdated,
    };

    protected override void Write(WriteTransaction tx, ComputeNode record, ComputeNode? existing, long version)
    {
        tx.NodeChanged(record.Id, record.Xname, existing?.Xname);
        WriteRow(tx, record, existing is not null, version);
        OwnedInterfaces.Write(tx, record.Id, record.NetworkInterfaces, existing?.NetworkInterfaces ?? [], version);
        OwnedParts.Write(tx, record, existing, version);
        if (existing is null || !existing.Groups.SequenceEqual(record.Groups, StringComparer.Ordinal))
        {
            var groupIds = record.Groups.Select(g => GroupId(tx, g)!);
            if (tx.Pending is { } pending)
            {
                pending.SetGroupsOfNode(record.Id, groupIds.Select(Guid.Parse));
            }
            else
            {
                Memberships.SetGroupsOfNode(tx.Connection, record.Id, groupIds);
            }

            var joinedOrLeft = existing is null
                ? record.Groups
                : existing.Groups.Except(record.Groups, StringComparer.Ordinal).Concat(record.Groups.Except(existing.Groups, StringComparer.Ordinal));
            // Only when there are groups to stamp: touching the connection takes a write off the journal (InventoryStore.Journal).
            var stamped = joinedOrLeft.Select(g => GroupId(tx, g)).OfType<string>().Select(Guid.Parse).ToList();
            if (stamped.Count > 0)
            {
                Memberships.StampGroups(tx.Connection, stamped, version);
            }
        }

        // The stamped record is what is stored now: the read model takes it without reading it back.
        tx.NodeWritten(record.Id, new Versioned<ComputeNode>(record, version));
    }

    protected override string? DeleteBlocker(WriteTransaction tx, ComputeNode record) => null;

    protected override void Remove(WriteTransaction tx, ComputeNode record, long version)
    {
        tx.NodeChanged(record.Id, record.Xname);
        OwnedInterfaces.Remove(tx, record.Id);
        OwnedParts.Remove(tx, record.Id);
        Memberships.StampGroups(tx.Connection, record.Groups.Select(g => GroupId(tx, g)).OfType<string>().Select(Guid.Parse), version);
        Memberships.RemoveNode(tx.Connection, record.Id);
        tx.Connection.Execute("DELETE FROM nodes WHERE id = ?", record.Id.ToString());
        tx.NodeWritten(record.Id, null);
    }

    private static string? GroupId(WriteTransaction tx, string name) =>
        tx.NodeLookups is { } lookups ? lookups.GroupId(name) : Memberships.GroupId(tx.Connection, name);

    protected override JsonElement ToJson(ComputeNode record) => JsonSerializer.SerializeToElement(record, InventoryJsonContext.Default.ComputeNode);
}
