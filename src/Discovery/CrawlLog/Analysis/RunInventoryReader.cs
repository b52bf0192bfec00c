using Discovery.Records;
using Discovery.Records.Columns;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// Reads a run's <c>bmcs</c>, <c>nodes</c> and <c>nics</c> rows back into records, typed (where
/// <see cref="RunRecords"/> reads them as text for diffs): the inverse of <c>CrawlLogWriter.AddBmcs</c>/<c>AddNodes</c>.
/// Columns are read by name through the records' column maps, so a file written before a record gained a field
/// reads with that field absent. Text columns come back as written, that is after secret scrubbing.
/// </summary>
internal static class RunInventoryReader
{
    public static CrawlRunInventory Load(DuckDBConnection connection, string runId)
    {
        var nics = Read(connection, CrawlLogTables.Nics, runId).ToLookup(n => n.OwnerId);
        var parts = new RunParts(
            Read(connection, CrawlLogTables.Processors, runId).ToLookup(p => p.OwnerId),
            Read(connection, CrawlLogTables.Memory, runId).ToLookup(p => p.OwnerId),
            Read(connection, CrawlLogTables.Accelerators, runId).ToLookup(p => p.OwnerId),
            Read(connection, CrawlLogTables.Drives, runId).ToLookup(p => p.OwnerId),
            Read(connection, CrawlLogTables.PcieDevices, runId).ToLookup(p => p.OwnerId),
            Read(connection, CrawlLogTables.Firmware, runId).ToLookup(p => p.OwnerId));
        var bmcs = Read(connection, CrawlLogTables.Bmcs, runId)
            .Select(b => b with { NetworkInterfaces = [.. nics[b.Id]], Firmware = [.. parts.Firmware[b.Id]] }).ToList();
        var nodes = Read(connection, CrawlLogTables.Nodes, runId).Select(n => parts.Attach(n with { NetworkInterfaces = [.. nics[n.Id]] })).ToList();
        return new CrawlRunInventory { Bmcs = bmcs, Nodes = nodes };
    }

    private static List<T> Read<T>(DuckDBConnection connection, CrawlLogRowTable<T> table, string runId)
        where T : class =>
        connection.WithReader($"SELECT * FROM {table.Name} WHERE run_id = ?", [runId], reader =>
        {
            var records = new RecordReader<T>(reader, table.Map);
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(records.Read(reader));
            }

            return rows;
        });
}
