using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Validation;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>
/// BOS session templates: rows of <c>session_templates</c>, versioned with history like every record. Key: id or
/// name. Beyond the field rules, a template needs at least one boot set, each keyed by a BOS boot set name, naming
/// a boot profile that exists and at least one node or group.
/// </summary>
internal sealed class SessionTemplateSet : StoreRecordSet<SessionTemplate>
{
    public SessionTemplateSet(InventoryStore store)
        : base(store)
    {
    }

    public override RecordKind Kind => RecordKind.SessionTemplate;

    protected override RecordTable<SessionTemplate> Rows => StoreSchema.SessionTemplates;

    protected override SortOrder<SessionTemplate> Order { get; } = new(StoreSchema.SessionTemplates, "name", "id");

    protected override FilterClause KeyClause(string key) => Guid.TryParse(key, out var id)
        ? new FilterClause("session_templates.id = ?", [id.ToString()])
        : new FilterClause("session_templates.name = ?", [key]);

    protected override IRecordSet<SessionTemplate> In(InventoryStore store) => store.SessionTemplates;

    protected override IReadOnlyList<Versioned<SessionTemplate>> Load(StoreConnection connection, FilterClause where, string suffix) =>
        LoadRows(connection, where, suffix);

    protected override Guid IdOf(SessionTemplate record) => record.Id;

    protected override SessionTemplate WithId(SessionTemplate record, Guid id) => record with { Id = id };

    protected override string? LabelOf(SessionTemplate record) => record.Name;

    protected override (SessionTemplate Record, IReadOnlyList<RecordError> Errors) Normalize(SessionTemplate record)
    {
        var (normal, errors) = RecordRules.Normalize(record);
        return errors.Count > 0 ? (normal, errors) : (normal, Shape(normal));
    }

    protected override IReadOnlyList<RecordError> CheckReferences(WriteTransaction tx, SessionTemplate record) =>
    [
        .. record.BootSets
            .Where(set => BootProfileSet.IdByName(tx.Connection, set.Value.Path) is null)
            .Select(set => new RecordError($"boot_sets.{set.Key}.path", $"no boot profile {QuotedValue.Of(set.Value.Path)}; apply it first")),
    ];

    protected override IReadOnlyList<RecordError> Conflicts(WriteTransaction tx, SessionTemplate record) =>
        tx.Connection.Scalar("SELECT id FROM session_templates WHERE name = ? AND id <> ? LIMIT 1", record.Name, record.Id.ToString()) is { } other
            ? [new RecordError("name", $"{QuotedValue.Of(record.Name)} is already the name of session template {other}")]
            : [];

    protected override SessionTemplate Stamp(WriteTransaction tx, SessionTemplate desired, SessionTemplate? existing, bool changed = true) => desired;

    protected override void Write(WriteTransaction tx, SessionTemplate record, SessionTemplate? existing, long version) =>
        WriteRow(tx, record, existing is not null, version);

    protected override string? DeleteBlocker(WriteTransaction tx, SessionTemplate record) => null;

    protected override void Remove(WriteTransaction tx, SessionTemplate record, long version) =>
        tx.Connection.Execute("DELETE FROM session_templates WHERE id = ?", record.Id.ToString());

    protected override JsonElement ToJson(SessionTemplate record) => JsonSerializer.SerializeToElement(record, InventoryJsonContext.Default.SessionTemplate);

    /// <summary>What the field table cannot say: BOS's rules across a boot set and its key.</summary>
    private static List<RecordError> Shape(SessionTemplate template)
    {
        var errors = new List<RecordError>();
        if (template.BootSets.Count == 0)
        {
            errors.Add(new RecordError("boot_sets", "a session template needs at least one boot set"));
        }

        foreach (var (key, set) in template.BootSets)
        {
            if (SessionTemplateFields.BootSetName.Check(key, out var problem) is null)
            {
                errors.Add(new RecordError($"boot_sets.{QuotedValue.Of(key)}", $"key {problem!.Message}"));
            }
            else if (set.Name is { } name && name != key)
            {
                errors.Add(new RecordError($"boot_sets.{key}.name", $"{QuotedValue.Of(name)} is not the boot set's key {QuotedValue.Of(key)}"));
            }
            else if (set.NodeList.Count == 0 && set.NodeGroups.Count == 0)
            {
                errors.Add(new RecordError($"boot_sets.{key}", "a boot set needs node_list or node_groups"));
            }
        }

        return errors;
    }
}
