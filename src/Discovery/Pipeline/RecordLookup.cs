using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Discovery.Store;
using Discovery.Text;

namespace Discovery.Pipeline;

/// <summary>Finds one record by the name people give it (id, xname, name, MAC), now or in a past snapshot (<c>get --as-of</c>).</summary>
internal static class RecordLookup
{
    private static readonly string[] NameFields = ["id", "xname", "name", "mac_address", "ip"];

    /// <exception cref="InventoryQueryException">No such record (in that snapshot).</exception>
    public static async Task<T> FindAsync<T>(IRecordSet<T> set, string name, RecordQuery query, JsonTypeInfo<T> json, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(query);
        if (query.AsOf is null)
        {
            return (await set.GetAsync(name, cancellationToken))?.Record
                ?? throw new InventoryQueryException("NAME", $"no {RecordKinds.Name(set.Kind)} {QuotedValue.Of(name)}");
        }

        // A past state: look the name up among that snapshot's records (by id, else by the kind's name).
        var all = await set.ListAsync(query with { Limit = null }, cancellationToken);
        var found = all.Items.FirstOrDefault(r => Matches(JsonSerializer.SerializeToElement(r, json), name));
        return found ?? throw new InventoryQueryException("NAME", $"no {RecordKinds.Name(set.Kind)} {QuotedValue.Of(name)} in snapshot {all.Snapshot}");
    }

    private static bool Matches(JsonElement record, string name) =>
        NameFields.Any(field => record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            && string.Equals(value.GetString(), name, StringComparison.OrdinalIgnoreCase));
}
