using Discovery.Records.Parts;
using Discovery.Text;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    /// <summary>
    /// The parts matching <paramref name="query"/>, kind by kind (<see cref="PartKinds.All"/> order), then by owner and
    /// URI: "where is DIMM serial 12BBD2FD now", "every GPU of model X".
    /// </summary>
    /// <exception cref="ArgumentException">The kind is none of <see cref="PartKinds.All"/>; the message names it.</exception>
    public Task<IReadOnlyList<Part>> FindPartsAsync(PartQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        if (query.Kind is { } kind && !PartKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            throw new ArgumentException($"kind {QuotedValue.Of(kind)} is not a part kind (one of {string.Join(", ", PartKinds.All)})", nameof(query));
        }

        var where = new List<string>();
        var parameters = new List<object?>();
        foreach (var (column, value) in new[]
        {
            ("serial_number", query.Serial), ("model", query.Model), ("manufacturer", query.Manufacturer),
            ("part_number", query.PartNumber), ("location", query.Location),
        })
        {
            if (value is not null)
            {
                where.Add($"{column} = ?");
                parameters.Add(value);
            }
        }

        var sql = $"WHERE {(where.Count == 0 ? "TRUE" : string.Join(" AND ", where))} ORDER BY owner_id, redfish_uri LIMIT {Math.Max(1, query.Limit)}";
        var kinds = query.Kind is { } one ? [one] : PartKinds.All;
        return Task.FromResult<IReadOnlyList<Part>>(Read(c => kinds.SelectMany(k => Select(c, k, sql, parameters)).Take(Math.Max(1, query.Limit)).ToList()));
    }

    private static IEnumerable<Part> Select(StoreConnection connection, string kind, string sql, List<object?> parameters) => kind switch
    {
        PartKinds.Processor => PartTables.Processors.Select(connection, sql, parameters).Select(r => (Part)r.Record),
        PartKinds.Memory => PartTables.Memory.Select(connection, sql, parameters).Select(r => (Part)r.Record),
        PartKinds.Accelerator => PartTables.Accelerators.Select(connection, sql, parameters).Select(r => (Part)r.Record),
        PartKinds.Drive => PartTables.Drives.Select(connection, sql, parameters).Select(r => (Part)r.Record),
        PartKinds.PcieDevice => PartTables.PcieDevices.Select(connection, sql, parameters).Select(r => (Part)r.Record),
        _ => PartTables.Firmware.Select(connection, sql, parameters).Select(r => (Part)r.Record),
    };
}
