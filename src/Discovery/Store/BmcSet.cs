using System.Text.Json;
using Discovery.Records;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>BMCs: a row of <c>bmcs</c> and the BMC's own NICs. Key: id, xname or IP.</summary>
internal sealed class BmcSet : StoreRecordSet<Bmc>
{
    public BmcSet(InventoryStore store)
        : base(store)
    {
    }

    public override RecordKind Kind => RecordKind.Bmc;

    protected override RecordTable<Bmc> Rows => StoreSchema.Bmcs;

    protected override SortOrder<Bmc> Order { get; } = new(StoreSchema.Bmcs, ["xname", "ip"], "xname", "ip", "id");

    protected override FilterClause KeyClause(string key) => Guid.TryParse(key, out var id)
        ? new FilterClause("bmcs.id = ?", [id.ToString()])
        : new FilterClause("(bmcs.xname = ? OR bmcs.ip = ?)", [key, key]);

    protected override IRecordSet<Bmc> In(InventoryStore store) => store.Bmcs;

    protected override IReadOnlyList<Versioned<Bmc>> Load(StoreConnection connection, FilterClause where, string suffix)
    {
        var rows = LoadRows(connection, where, suffix);
        if (rows.Count == 0)
        {
            return rows;
        }

        var owners = OwnerIds.In("owner_id", [.. rows.Select(r => r.Record.Id)], Table, where, OrderBy, suffix);
        var nics = OwnedInterfaces.Load(connection, owners);
        var firmware = OwnedParts.Load(connection, owners).Firmware;
        return [.. rows.Select(r => r with
        {
            Record = r.Record with
            {
                NetworkInterfaces = nics.TryGetValue(r.Record.Id, out var n) ? n : [],
                Firmware = firmware.GetValueOrDefault(r.Record.Id) ?? [],
            },
        })];
    }

    /// <summary>Every BMC matching <paramref name="where"/>, whole (for a collect merge's reads up front).</summary>
    internal IReadOnlyList<Versioned<Bmc>> Load(StoreConnection connection, FilterClause where) => Load(connection, where, string.Empty);

    protected override Guid IdOf(Bmc record) => record.Id;

    protected override Bmc WithId(Bmc record, Guid id) => record with { Id = id };

    protected override string? LabelOf(Bmc record) => record.Xname ?? record.Ip;

    protected override (Bmc Record, IReadOnlyList<RecordError> Errors) Normalize(Bmc record) => RecordRules.Normalize(record);

    protected override IReadOnlyList<RecordError> CheckReferences(WriteTransaction tx, Bmc record) => [];

    protected override IReadOnlyList<RecordError> Conflicts(WriteTransaction tx, Bmc record)
    {
        var errors = new List<RecordError>();
        var lookups = tx.CollectLookups;
        if (record.Xname is { } xname
            && (lookups is not null ? lookups.OtherBmcWithXname(xname, record.Id)?.ToString()
                : tx.Connection.Scalar("SELECT id FROM bmcs WHERE xname = ? AND id <> ? LIMIT 1", xname, record.Id.ToString())) is { } other)
        {
            errors.Add(new RecordError("xname", $"{QuotedValue.Of(xname)} is already the xname of BMC {other}"));
        }

        if (record.ServiceUuid is { } uuid
            && (lookups is not null ? lookups.OtherBmcWithServiceUuid(uuid, record.Id)?.ToString()
                : tx.Connection.Scalar("SELECT id FROM bmcs WHERE service_uuid = ? AND id <> ? LIMIT 1", uuid, record.Id.ToString())) is { } owner)
        {
            errors.Add(new RecordError("service_uuid", $"{QuotedValue.Of(uuid)} is already the service UUID of BMC {owner} (the same BMC: update that one)"));
        }

        return errors;
    }

    protected override Bmc Stamp(WriteTransaction tx, Bmc desired, Bmc? existing, bool changed = true) => OwnedParts.Stamp(desired, existing) with
    {
        NetworkInterfaces = OwnedInterfaces.Assign(
            tx, desired.Id, NetworkInterfaceOwnerKind.Bmc, desired.NetworkInterfaces, existing?.NetworkInterfaces ?? []),
        FirstSeen = existing?.FirstSeen ?? desired.FirstSeen,
        LastSeen = desired.LastSeen ?? existing?.LastSeen,
    };

    protected override void Write(WriteTransaction tx, Bmc record, Bmc? existing, long version)
    {
        WriteRow(tx, record, existing is not null, version);
        OwnedInterfaces.Write(tx, record.Id, record.NetworkInterfaces, existing?.NetworkInterfaces ?? [], version);
        OwnedParts.Write(tx, record, existing, version);
    }

    protected override string? DeleteBlocker(WriteTransaction tx, Bmc record) => null;

    protected override void Remove(WriteTransaction tx, Bmc record, long version)
    {
        OwnedInterfaces.Remove(tx, record.Id);
        OwnedParts.Remove(tx, record.Id);
        tx.Connection.Execute("DELETE FROM bmcs WHERE id = ?", record.Id.ToString());
    }

    protected override JsonElement ToJson(Bmc record) => JsonSerializer.SerializeToElement(record, InventoryJsonContext.Default.Bmc);
}
