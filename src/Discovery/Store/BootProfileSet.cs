using System.Globalization;
using System.Text.Json;
using Discovery.Records;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>Boot profiles: rows of <c>boot_profiles</c>, attached by name to nodes and groups. Key: id or name.</summary>
internal sealed class BootProfileSet : StoreRecordSet<BootProfile>
{
    public BootProfileSet(InventoryStore store)
        : base(store)
    {
    }

    public override RecordKind Kind => RecordKind.BootProfile;

    protected override RecordTable<BootProfile> Rows => StoreSchema.BootProfiles;

    protected override SortOrder<BootProfile> Order { get; } = new(StoreSchema.BootProfiles, "name", "id");

    public static string? IdByName(StoreConnection connection, string name) =>
        connection.Scalar("SELECT id FROM boot_profiles WHERE name = ?", name);

    protected override FilterClause KeyClause(string key) => Guid.TryParse(key, out var id)
        ? new FilterClause("boot_profiles.id = ?", [id.ToString()])
        : new FilterClause("boot_profiles.name = ?", [key]);

    protected override IRecordSet<BootProfile> In(InventoryStore store) => store.BootProfiles;

    protected override IReadOnlyList<Versioned<BootProfile>> Load(StoreConnection connection, FilterClause where, string suffix) =>
        LoadRows(connection, where, suffix);

    protected override Guid IdOf(BootProfile record) => record.Id;

    protected override BootProfile WithId(BootProfile record, Guid id) => record with { Id = id };

    protected override string? LabelOf(BootProfile record) => record.Name;

    protected override (BootProfile Record, IReadOnlyList<RecordError> Errors) Normalize(BootProfile record) => RecordRules.Normalize(record);

    protected override IReadOnlyList<RecordError> CheckReferences(WriteTransaction tx, BootProfile record) => [];

    protected override IReadOnlyList<RecordError> Conflicts(WriteTransaction tx, BootProfile record)
    {
        if (tx.Connection.Scalar("SELECT id FROM boot_profiles WHERE name = ? AND id <> ? LIMIT 1", record.Name, record.Id.ToString()) is { } other)
        {
            return [new RecordError("name", $"{QuotedValue.Of(record.Name)} is already the name of boot profile {other}")];
        }

        var stored = tx.Connection.Scalar("SELECT name FROM boot_profiles WHERE id = ?", record.Id.ToString());
        return stored is not null && stored != record.Name && Users(tx.Connection, stored) is { } users
            ? [new RecordError("name", $"boot profile {QuotedValue.Of(stored)} is attached to {users}; detach it before renaming it")]
            : [];
    }

    protected override BootProfile Stamp(WriteTransaction tx, BootProfile desired, BootProfile? existing, bool changed = true) => desired;

    protected override void Write(WriteTransaction tx, BootProfile record, BootProfile? existing, long version) =>
        WriteRow(tx, record, existing is not null, version);

    protected override string? DeleteBlocker(WriteTransaction tx, BootProfile record) =>
        Users(tx.Connection, record.Name) is { } users ? $"boot profile {QuotedValue.Of(record.Name)} is attached to {users}; detach it first" : null;

    protected override void Remove(WriteTransaction tx, BootProfile record, long version) =>
        tx.Connection.Execute("DELETE FROM boot_profiles WHERE id = ?", record.Id.ToString());

    protected override JsonElement ToJson(BootProfile record) => JsonSerializer.SerializeToElement(record, InventoryJsonContext.Default.BootProfile);

    private static string? Users(StoreConnection connection, string name)
    {
        var nodes = long.Parse(connection.Scalar("SELECT count(*) FROM nodes WHERE boot_profile = ?", name) ?? "0", CultureInfo.InvariantCulture);
        var groups = long.Parse(connection.Scalar("SELECT count(*) FROM node_groups WHERE boot_profile = ?", name) ?? "0", CultureInfo.InvariantCulture);
        var templates = long.Parse(
            connection.Scalar("SELECT count(*) FROM session_templates WHERE list_contains(json_extract_string(boot_sets, '$.*.path'), ?)", name) ?? "0",
            CultureInfo.InvariantCulture);
        return nodes + groups + templates == 0 ? null
            : templates == 0 ? $"{nodes} node(s) and {groups} group(s)" : $"{nodes} node(s), {groups} group(s) and {templates} session template(s)";
    }
}
