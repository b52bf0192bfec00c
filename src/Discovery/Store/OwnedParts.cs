using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Mapping;

namespace Discovery.Store;

/// <summary>
/// The parts of a node (and a BMC's own firmware) as part of their owner, like <see cref="OwnedInterfaces"/>: loaded
/// with it, re-owned and given store ids when it is written, replaced kind by kind when a kind's list changed, removed
/// with it. Parts are a crawl's facts: a write by people (no <c>last_seen</c>: server-managed fields never come from
/// a manifest) keeps the stored parts.
/// </summary>
internal static class OwnedParts
{
    public static ComputeNode Attach(ComputeNode node, Loaded parts) => new NodeParts
    {
        Processors = parts.Processors.GetValueOrDefault(node.Id) ?? [],
        Memory = parts.Memory.GetValueOrDefault(node.Id) ?? [],
        Accelerators = parts.Accelerators.GetValueOrDefault(node.Id) ?? [],
        Drives = parts.Drives.GetValueOrDefault(node.Id) ?? [],
        PcieDevices = parts.PcieDevices.GetValueOrDefault(node.Id) ?? [],
        Firmware = parts.Firmware.GetValueOrDefault(node.Id) ?? [],
        EmptySlots = node.EmptySlots,
    }.ApplyTo(node);

    public static Loaded Load(StoreConnection connection, FilterClause owners) => new(
        LoadTable(PartTables.Processors, connection, owners),
        LoadTable(PartTables.Memory, connection, owners),
        LoadTable(PartTables.Accelerators, connection, owners),
        LoadTable(PartTables.Drives, connection, owners),
        LoadTable(PartTables.PcieDevices, connection, owners),
        LoadTable(PartTables.Firmware, connection, owners));

    /// <summary>The node's parts as the write stores them: the crawl's, owned by <paramref name="desired"/>, else the stored ones.</summary>
    public static ComputeNode Stamp(ComputeNode desired, ComputeNode? existing)
    {
        if (desired.LastSeen is null && existing is not null)
        {
            return NodeParts.Of(existing).ApplyTo(desired);
        }

        var id = desired.Id;
        return desired with
        {
            Processors = Own(desired.Processors, id),
            Memory = Own(desired.Memory, id),
            Accelerators = Own(desired.Accelerators, id),
            Drives = Own(desired.Drives, id),
            PcieDevices = Own(desired.PcieDevices, id),
            Firmware = Own(desired.Firmware, id),
        };
    }

    /// <summary>A BMC's firmware, owned by <paramref name="desired"/>; a write without <c>last_seen</c> keeps the stored firmware.</summary>
    public static Bmc Stamp(Bmc desired, Bmc? existing) => desired.LastSeen is null && existing is not null
        ? desired with { Firmware = existing.Firmware }
        : desired with { Firmware = Own(desired.Firmware, desired.Id, PartOwnerKinds.Bmc) };

    public static void Write(WriteTransaction tx, ComputeNode record, ComputeNode? existing, long version)
    {
        WriteKind(tx, PartTables.Processors, record.Id, record.Processors, existing?.Processors, version);
        WriteKind(tx, PartTables.Memory, record.Id, record.Memory, existing?.Memory, version);
        WriteKind(tx, PartTables.Accelerators, record.Id, record.Accelerators, existing?.Accelerators, version);
        WriteKind(tx, PartTables.Drives, record.Id, record.Drives, existing?.Drives, version);
        WriteKind(tx, PartTables.PcieDevices, record.Id, record.PcieDevices, existing?.PcieDevices, version);
        WriteKind(tx, PartTables.Firmware, record.Id, record.Firmware, existing?.Firmware, version);
    }

    public static void Write(WriteTransaction tx, Bmc record, Bmc? existing, long version) =>
        WriteKind(tx, PartTables.Firmware, record.Id, record.Firmware, existing?.Firmware, version);

    public static void Remove(WriteTransaction tx, Guid ownerId)
    {
        foreach (var table in PartTables.All)
        {
            tx.Connection.Execute($"DELETE FROM {table.Name} WHERE owner_id = ?", ownerId.ToString());
        }
    }

    // Store ids are per owner and Redfish URI (a SimpleStorage device's fragment included), so the same DIMM slot
    // keeps its row id while the FRU identity (serial) is history's business: see PartHistory.
    private static List<T> Own<T>(IReadOnlyList<T> parts, Guid owner, string ownerKind = PartOwnerKinds.Node)
        where T : Part =>
        [.. parts.Select(p => (T)(p with
        {
            Id = DeterministicGuid.Create($"part:{owner:N}:{p.Kind}:{(p.RedfishUri is { } uri ? RedfishPath.Key(uri) : p.Location)}"),
            OwnerId = owner,
            OwnerKind = ownerKind,
        }))];

    private static Dictionary<Guid, List<T>> LoadTable<T>(RecordTable<T> table, StoreConnection connection, FilterClause owners)
        where T : Part
    {
        var byOwner = new Dictionary<Guid, List<T>>();
        foreach (var (part, _) in table.Select(connection, $"WHERE {owners.Sql}", owners.Parameters))
        {
            if (!byOwner.TryGetValue(part.OwnerId, out var list))
            {
                byOwner[part.OwnerId] = list = [];
            }

            list.Add(part);
        }

        // In URI order, as mapping lists them (sorted here, not by ORDER BY: see DuckDbOrder).
        foreach (var list in byOwner.Values)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.RedfishUri is { } x ? RedfishPath.Key(x) : null, b.RedfishUri is { } y ? RedfishPath.Key(y) : null));
        }

        return byOwner;
    }

    private static void WriteKind<T>(WriteTransaction tx, RecordTable<T> table, Guid owner, IReadOnlyList<T> parts, IReadOnlyList<T>? existing, long version)
        where T : Part
    {
        if (existing is not null && Same(parts, existing))
        {
            return;
        }

        if (tx.Pending is { } pending)
        {
            foreach (var gone in existing ?? [])
            {
                pending.Delete(table.Table, gone.Id);
            }

            foreach (var part in parts)
            {
                pending.Insert(table.Table, part.Id, table.Values(part, tx.Now, version));
            }

            return;
        }

        // Outside a group commit: the kind's rows go as one DELETE and one multi-row INSERT, not a statement per part
        // (a 40-DIMM node costs one round trip into DuckDB per kind, which is most of what parts add to a collect).
        if (existing is { Count: > 0 })
        {
            tx.Connection.Execute($"DELETE FROM {table.Name} WHERE owner_id = ?", owner.ToString());
        }

        if (parts.Count > 0)
        {
            var insert = table.Table.InsertSql;
            var row = insert[insert.LastIndexOf(" VALUES ", StringComparison.Ordinal)..][" VALUES ".Length..];
            var values = parts.SelectMany(p => table.Values(p, tx.Now, version)).ToList();
            tx.Connection.Execute(insert + string.Concat(Enumerable.Repeat(", " + row, parts.Count - 1)), values);
        }
    }

    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : Part =>
        a.Count == b.Count && a.Zip(b).All(pair => Json(pair.First) == Json(pair.Second));

    private static string Json(Part part) => JsonSerializer.Serialize(part, part.GetType(), InventoryJsonContext.Default);

    /// <summary>The part rows of a page of owners, by owner id.</summary>
    internal sealed record Loaded(
        Dictionary<Guid, List<Processor>> Processors,
        Dictionary<Guid, List<MemoryModule>> Memory,
        Dictionary<Guid, List<Accelerator>> Accelerators,
        Dictionary<Guid, List<Drive>> Drives,
        Dictionary<Guid, List<PcieDevice>> PcieDevices,
        Dictionary<Guid, List<FirmwareItem>> Firmware);
}
