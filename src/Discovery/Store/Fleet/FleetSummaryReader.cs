using Discovery.Text;

namespace Discovery.Store.Fleet;

/// <summary>
/// Computes a <see cref="FleetSummary"/> with GROUP BY queries in DuckDB, inside one read transaction, so the
/// counts agree with each other and a fleet of 250,000 nodes comes back as a few dozen rows.
/// </summary>
internal static class FleetSummaryReader
{
    /// <summary>The summary of the store's current working set.</summary>
    public static Task<FleetSummary> ReadAsync(InventoryStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(store.Read(connection =>
        {
            var nodes = Count(connection, "nodes");
            var bmcs = Count(connection, "bmcs");
            var models = connection.ReadAll(
                "SELECT manufacturer, model, count(*) FROM nodes GROUP BY manufacturer, model",
                [],
                r => new FleetModelCount(Text(r, 0), Text(r, 1), r.GetInt64(2)));
            var status = connection.ReadAll(
                "SELECT last_crawl_status, count(*) FROM bmcs GROUP BY last_crawl_status",
                [],
                r => new FleetStatusCount(Text(r, 0), r.GetInt64(1)));
            var versions = connection.ReadAll(
                "SELECT manufacturer, model, firmware_version, count(*) FROM bmcs GROUP BY manufacturer, model, firmware_version",
                [],
                r => (Manufacturer: Text(r, 0), Model: Text(r, 1), Count: new FleetVersionCount(Text(r, 2), r.GetInt64(3))));
            return new FleetSummary
            {
                Nodes = nodes,
                Bmcs = bmcs,
                NodeModels = [.. models.OrderByDescending(m => m.Nodes).ThenBy(m => m.Manufacturer, NaturalOrder.Instance).ThenBy(m => m.Model, NaturalOrder.Instance)],
                BmcStatus = [.. status.OrderByDescending(s => s.Bmcs).ThenBy(s => s.Status, NaturalOrder.Instance)],
                BmcFirmware = [.. versions
                    .GroupBy(v => (v.Manufacturer, v.Model))
                    .Select(g => Spread(g.Key.Manufacturer, g.Key.Model, [.. g.Select(v => v.Count)]))
                    .OrderBy(s => s.Manufacturer, NaturalOrder.Instance)
                    .ThenBy(s => s.Model, NaturalOrder.Instance)],
            };
        }));
    }

    /// <summary>One model's versions, the newest in natural order, and how many BMCs lag behind it.</summary>
    internal static FleetFirmwareSpread Spread(string? manufacturer, string? model, IReadOnlyList<FleetVersionCount> versions)
    {
        // Newest first; BMCs without a version last (NaturalOrder puts null first, so reverse it there).
        var ordered = versions
            .OrderBy(v => v.Version is null)
            .ThenByDescending(v => v.Version, NaturalOrder.Instance)
            .ToList();
        var newest = ordered.FirstOrDefault(v => v.Version is not null);
        var unknown = ordered.Where(v => v.Version is null).Sum(v => v.Bmcs);
        var total = ordered.Sum(v => v.Bmcs);
        return new FleetFirmwareSpread
        {
            Manufacturer = manufacturer,
            Model = model,
            Bmcs = total,
            Newest = newest?.Version,
            Behind = total - unknown - (newest?.Bmcs ?? 0),
            Unknown = unknown,
            Versions = ordered,
        };
    }

    private static long Count(StoreConnection connection, string table) =>
        long.Parse(connection.Scalar($"SELECT count(*) FROM {table}") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
