using Discovery.Records.Parts;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// A run's part rows (issue 17) as text fields, keyed <c>&lt;owner key&gt;|&lt;kind&gt;|&lt;FRU&gt;</c>: the FRU is the serial
/// with part number and manufacturer when the part reports a serial, else its location. So a DIMM swapped in the same
/// slot is one key removed and another added, and a moved DIMM changes owner. Each row carries a <c>_label</c> people
/// read: the owner's xname, the kind, the location and the serial.
/// </summary>
internal static class RunPartRows
{
    /// <summary>The synthetic field that holds a part's label.</summary>
    public const string LabelField = "_label";

    /// <summary>The crawl-log table of each part kind.</summary>
    public static readonly IReadOnlyList<(string Kind, string Table)> Tables =
    [
        (PartKinds.Processor, "processors"), (PartKinds.Memory, "memory"), (PartKinds.Accelerator, "accelerators"),
        (PartKinds.Drive, "drives"), (PartKinds.PcieDevice, "pcie_devices"), (PartKinds.Firmware, "firmware"),
    ];

    public static Dictionary<string, IReadOnlyDictionary<string, string?>> Load(
        DuckDBConnection connection,
        string runId,
        IReadOnlyDictionary<string, string> nodeKeyById,
        IReadOnlyDictionary<string, string> bmcKeyById,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> nodes)
    {
        var rows = new List<IReadOnlyDictionary<string, string?>>();
        foreach (var (kind, table) in Tables)
        {
            foreach (var row in RunRecords.Rows(connection, table, runId))
            {
                var ownerId = RunRecords.Get(row, "owner_id") ?? string.Empty;
                var owner = nodeKeyById.GetValueOrDefault(ownerId) ?? bmcKeyById.GetValueOrDefault(ownerId) ?? "owner:" + ownerId;
                var ownerName = nodes.TryGetValue(owner, out var node) ? RunRecords.Get(node, "xname") ?? owner : owner;
                var serial = RunRecords.Get(row, "serial_number");
                var location = RunRecords.Get(row, "location") ?? RunRecords.Get(row, "redfish_uri");
                var labelled = new Dictionary<string, string?>(row, StringComparer.Ordinal)
                {
                    ["_owner"] = owner,
                    ["_fru"] = serial is null
                        ? $"{kind}|loc:{location}"
                        : $"{kind}|serial:{serial}|{RunRecords.Get(row, "part_number")}|{RunRecords.Get(row, "manufacturer")}",
                    [LabelField] = $"{ownerName} {kind} {location}{(serial is null ? string.Empty : $" (serial {serial})")}",
                };
                rows.Add(labelled);
            }
        }

        return RunRecords.Keyed(rows, row => $"{row["_owner"]}|{row["_fru"]}");
    }

    /// <summary>The owner key of a part key.</summary>
    public static string Owner(IReadOnlyDictionary<string, string?> row) => row["_owner"] ?? string.Empty;
}
