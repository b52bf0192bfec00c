using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Columns;
using Discovery.Records.Network;

namespace Discovery.Store;

/// <summary>Network interfaces on their own (<c>/interfaces</c>): rows of <c>nics</c>. Key: id or MAC.</summary>
internal sealed class InterfaceSet : StoreRecordSet<NetworkInterface>
{
    public InterfaceSet(InventoryStore store)
        : base(store)
    {
    }

    public override RecordKind Kind => RecordKind.Interface;

    protected override RecordTable<NetworkInterface> Rows => StoreSchema.Nics;

    protected override SortOrder<NetworkInterface> Order => OwnedInterfaces.Order;

    protected override FilterClause KeyClause(string key) => Guid.TryParse(key, out var id)
        ? new FilterClause("nics.id = ?", [id.ToString()])
        : new FilterClause("nics.mac_address = ?", [MacAddressNormalizer.Normalize(key) ?? key]);

    protected override IRecordSet<NetworkInterface> In(InventoryStore store) => store.Interfaces;

    protected override IReadOnlyList<Versioned<NetworkInterface>> Load(StoreConnection connection, FilterClause where, string suffix) =>
        LoadRows(connection, where, suffix);

    protected override Guid IdOf(NetworkInterface record) => record.Id;

    protected override NetworkInterface WithId(NetworkInterface record, Guid id) => record with { Id = id };

    protected override string? LabelOf(NetworkInterface record) => record.MacAddress ?? record.Name;

    protected override (NetworkInterface Record, IReadOnlyList<RecordError> Errors) Normalize(NetworkInterface record) => RecordRules.Normalize(record);

    protected override IReadOnlyList<RecordError> CheckReferences(WriteTransaction tx, NetworkInterface record)
    {
        var table = record.OwnerKind == NetworkInterfaceOwnerKind.Bmc ? "bmcs" : "nodes";
        return tx.Connection.Scalar($"SELECT count(*) FROM {table} WHERE id = ?", record.OwnerId.ToString()) == "0"
            ? [new RecordError("owner_id", $"no {NetworkInterfaceColumns.OwnerKindName(record.OwnerKind)} with id {record.OwnerId} (owner_kind is {NetworkInterfaceColumns.OwnerKindName(record.OwnerKind)})")]
            : [];
    }

    protected override IReadOnlyList<RecordError> Conflicts(WriteTransaction tx, NetworkInterface record) => [];

    protected override NetworkInterface Stamp(WriteTransaction tx, NetworkInterface desired, NetworkInterface? existing, bool changed = true) => desired;

    protected override void Write(WriteTransaction tx, NetworkInterface record, NetworkInterface? existing, long version)
    {
        // A NIC is part of its owner's document (a node's, for the read model), before and after a move.
        tx.NodeChanged(record.OwnerId);
        if (existing is not null)
        {
            tx.NodeChanged(existing.OwnerId);
        }

        WriteRow(tx, record, existing is not null, version);
    }

    protected override string? DeleteBlocker(WriteTransaction tx, NetworkInterface record) => null;

    protected override void Remove(WriteTransaction tx, NetworkInterface record, long version)
    {
        tx.NodeChanged(record.OwnerId);
        tx.Connection.Execute("DELETE FROM nics WHERE id = ?", record.Id.ToString());
    }

    protected override JsonElement ToJson(NetworkInterface record) =>
        JsonSerializer.SerializeToElement(record, InventoryJsonContext.Default.NetworkInterface);
}
