using System.Text.Json;
using Discovery.Records;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>Node groups: a row of <c>node_groups</c> and its members. Key: id or name.</summary>
internal sealed class GroupSet : StoreRecordSet<NodeGroup>
{
    public GroupSet(InventoryStore store)
        : base(store)
    {
    }

    public override RecordKind Kind => RecordKind.Group;

    protected override RecordTable<NodeGroup> Rows => StoreSchema.Groups;

    protected override SortOrder<NodeGroup> Order { get; } = new(StoreSchema.Groups, "name", "id");

    protected override FilterClause KeyClause(string key) => Guid.TryParse(key, out var id)
        ? new FilterClause("node_groups.id = ?", [id.ToString()])
        : new FilterClause("node_groups.name = ?", [key]);

    protected override IRecordSet<NodeGroup> In(InventoryStore store) => store.Groups;

    protected override IReadOnlyList<Versioned<NodeGroup>> Load(StoreConnection connection, FilterClause where, string suffix)
    {
        var rows = LoadRows(connection, where, suffix);
        if (rows.Count == 0)
        {
            return rows;
        }

        var members = Memberships.MembersOf(connection, OwnerIds.In("m.group_id", [.. rows.Select(r => r.Record.Id)], Table, where, OrderBy, suffix));
        return [.. rows.Select(r => r with { Record = r.Record with { Members = members.TryGetValue(r.Record.Id, out var m) ? m : [] } })];
    }

    protected override Guid IdOf(NodeGroup record) => record.Id;

    protected override NodeGroup WithId(NodeGroup record, Guid id) => record with { Id = id };

    protected override string? LabelOf(NodeGroup record) => record.Name;

    protected override (NodeGroup Record, IReadOnlyList<RecordError> Errors) Normalize(NodeGroup record) => RecordRules.Normalize(record);

    protected override IReadOnlyList<RecordError> CheckReferences(WriteTransaction tx, NodeGroup record)
    {
        var errors = new List<RecordError>();
        for (var i = 0; i < record.Members.Count; i++)
        {
            if (Memberships.NodeId(tx.Connection, record.Members[i]) is null)
            {
                errors.Add(new RecordError($"members[{i}]", $"no node with xname or id {QuotedValue.Of(record.Members[i])}"));
            }
        }

        if (record.BootProfile is { } profile && BootProfileSet.IdByName(tx.Connection, profile) is null)
        {
            errors.Add(new RecordError("boot_profile", $"no boot profile named {QuotedValue.Of(profile)} (create it first)"));
        }

        return errors;
    }

    protected override IReadOnlyList<RecordError> Conflicts(WriteTransaction tx, NodeGroup record) =>
        tx.Connection.Scalar("SELECT id FROM node_groups WHERE name = ? AND id <> ? LIMIT 1", record.Name, record.Id.ToString()) is { } other
            ? [new RecordError("name", $"{QuotedValue.Of(record.Name)} is already the name of group {other}")]
            : [];

    protected override NodeGroup Stamp(WriteTransaction tx, NodeGroup desired, NodeGroup? existing, bool changed = true) => desired with
    {
        // Members as the store shows them (xname, else id), so a group applied with ids compares equal next time.
        Members = [.. desired.Members.Select(m => DisplayName(tx.Connection, m)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        LastUpdated = changed ? tx.Now : existing?.LastUpdated,
    };

    protected override void Write(WriteTransaction tx, NodeGroup record, NodeGroup? existing, long version)
    {
        // A node's document names its groups: members before and after (a rename changes them all) are read again.
        var before = Memberships.NoteMembersChanged(tx, record.Id);
        WriteRow(tx, record, existing is not null, version);
        var renamed = existing is not null && !string.Equals(existing.Name, record.Name, StringComparison.Ordinal);
        if (existing is null || !existing.Members.SequenceEqual(record.Members, StringComparer.Ordinal))
        {
            Memberships.SetMembersOfGroup(tx.Connection, record.Id, record.Members.Select(m => Memberships.NodeId(tx.Connection, m)!));
            var after = Memberships.NoteMembersChanged(tx, record.Id);
            // Each node whose list of groups changed: those that joined or left, or every member before and after a rename.
            Memberships.StampNodes(tx.Connection, renamed ? before.Union(after) : before.Except(after).Union(after.Except(before)), version);
        }
        else if (renamed)
        {
            Memberships.StampNodes(tx.Connection, before, version);
        }
    }

    protected override string? DeleteBlocker(WriteTransaction tx, NodeGroup record) => null;

    protected override void Remove(WriteTransaction tx, NodeGroup record, long version)
    {
        Memberships.StampNodes(tx.Connection, Memberships.NoteMembersChanged(tx, record.Id), version);
        Memberships.RemoveGroup(tx.Connection, record.Id);
        tx.Connection.Execute("DELETE FROM node_groups WHERE id = ?", record.Id.ToString());
    }

    protected override JsonElement ToJson(NodeGroup record) => JsonSerializer.SerializeToElement(record, InventoryJsonContext.Default.NodeGroup);

    private static string DisplayName(StoreConnection connection, string member) =>
        connection.Scalar("SELECT coalesce(xname, CAST(id AS VARCHAR)) FROM nodes WHERE id = TRY_CAST(? AS UUID) OR xname = ? LIMIT 1", member.Trim(), member.Trim()) ?? member;
}
