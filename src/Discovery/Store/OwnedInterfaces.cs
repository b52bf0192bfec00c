using System.Text.Json;
using Discovery.Records;

namespace Discovery.Store;

/// <summary>
/// The NICs of a node or BMC as part of their owner: loaded with it, given stable ids when it is written (a NIC
/// keeps its id when its id, MAC, Redfish URI or name matches a stored one), replaced as a set, removed with it.
/// </summary>
internal static class OwnedInterfaces
{
    /// <summary>The order of NICs: by owner, then name, then id.</summary>
    public static SortOrder<NetworkInterface> Order { get; } = new(StoreSchema.Nics, "owner_id", "name", "id");

    public static Dictionary<Guid, List<NetworkInterface>> Load(StoreConnection connection, FilterClause owners) =>
        ByOwner(StoreSchema.Nics.Select(connection, $"WHERE {owners.Sql}", owners.Parameters).Select(r => r.Record));

    /// <summary><paramref name="nics"/> grouped by owner, each owner's in <see cref="Order"/>.</summary>
    public static Dictionary<Guid, List<NetworkInterface>> ByOwner(IEnumerable<NetworkInterface> nics)
    {
        var byOwner = new Dictionary<Guid, List<NetworkInterface>>();
        foreach (var nic in nics)
        {
            if (!byOwner.TryGetValue(nic.OwnerId, out var list))
            {
                byOwner[nic.OwnerId] = list = [];
            }

            list.Add(nic);
        }

        // Sorted here, not by ORDER BY: see DuckDbOrder.
        foreach (var list in byOwner.Values)
        {
            list.Sort(Order);
        }

        return byOwner;
    }

    /// <summary>The desired NICs with owner set and ids kept from <paramref name="existing"/> where they match.</summary>
    public static IReadOnlyList<NetworkInterface> Assign(
        WriteTransaction tx, Guid ownerId, NetworkInterfaceOwnerKind kind, IReadOnlyList<NetworkInterface> desired, IReadOnlyList<NetworkInterface> existing)
    {
        var unclaimed = existing.ToList();
        var result = new List<NetworkInterface>(desired.Count);
        foreach (var nic in desired)
        {
            var match = unclaimed.FirstOrDefault(e => nic.Id != Guid.Empty && e.Id == nic.Id)
                ?? unclaimed.FirstOrDefault(e => nic.MacAddress is not null && e.MacAddress == nic.MacAddress)
                ?? unclaimed.FirstOrDefault(e => nic.RedfishUri is not null && string.Equals(e.RedfishUri, nic.RedfishUri, StringComparison.OrdinalIgnoreCase))
                ?? unclaimed.FirstOrDefault(e => nic.Name is not null && e.Name == nic.Name);
            if (match is not null)
            {
                unclaimed.Remove(match);
            }

            // A new NIC keeps the id it came with only when no other NIC has it (ids are global, not per owner).
            var id = match?.Id ?? (nic.Id != Guid.Empty && result.All(r => r.Id != nic.Id) && IsFree(tx, nic.Id) ? nic.Id : Guid.NewGuid());
            result.Add(nic with { Id = id, OwnerId = ownerId, OwnerKind = kind });
        }

        // In the order a read gives them, so a write's answer and a later GET agree.
        result.Sort(Order);
        return result;
    }

    private static bool IsFree(WriteTransaction tx, Guid id) => tx.NodeLookups is { } lookups
        ? lookups.IsNicFree(id)
        : tx.Settled().Scalar($"SELECT count(*) FROM {StoreSchema.Nics.Name} WHERE id = ?", id.ToString()) == "0";

    /// <summary>
    /// Makes the owner's NICs <paramref name="nics"/> (ids already assigned), touching only the rows that differ
    /// from <paramref name="existing"/>: a node saved with the same NICs writes no NIC row.
    /// </summary>
    public static void Write(WriteTransaction tx, Guid ownerId, IReadOnlyList<NetworkInterface> nics, IReadOnlyList<NetworkInterface> existing, long version)
    {
        var before = existing.ToDictionary(n => n.Id);
        var after = nics.Select(n => n.Id).ToHashSet();
        foreach (var gone in existing.Where(n => !after.Contains(n.Id)))
        {
            DeleteRow(tx, gone.Id);
        }

        foreach (var nic in nics)
        {
            var had = before.TryGetValue(nic.Id, out var old);
            if (had && Same(old!, nic))
            {
                continue;
            }

            if (had)
            {
                DeleteRow(tx, nic.Id);
            }

            if (tx.Pending is { } pending)
            {
                pending.Insert(StoreSchema.Nics.Table, nic.Id, StoreSchema.Nics.Values(nic, tx.Now, version));
                tx.NodeLookups?.NicWritten(nic.Id, exists: true);
            }
            else
            {
                StoreSchema.Nics.Insert(tx.Connection, nic, tx.Now, version);
            }
        }
    }

    public static void Remove(WriteTransaction tx, Guid ownerId) =>
        tx.Connection.Execute($"DELETE FROM {StoreSchema.Nics.Name} WHERE owner_id = ?", ownerId.ToString());

    private static void DeleteRow(WriteTransaction tx, Guid id)
    {
        if (tx.Pending is { } pending)
        {
            pending.Delete(StoreSchema.Nics.Table, id);
            tx.NodeLookups?.NicWritten(id, exists: false);
        }
        else
        {
            tx.Connection.Execute(StoreSchema.Nics.Table.DeleteByIdSql, id.ToString());
        }
    }

    private static bool Same(NetworkInterface a, NetworkInterface b) =>
        JsonSerializer.Serialize(a, InventoryJsonContext.Default.NetworkInterface) == JsonSerializer.Serialize(b, InventoryJsonContext.Default.NetworkInterface);
}
