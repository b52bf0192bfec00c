using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Parts;

namespace Discovery.Store;

/// <summary>
/// History of a node's parts by FRU (issue 17), recorded when a crawl replaces a stored node's parts. A part is the same
/// FRU when its serial number matches (with part number and manufacturer); a part without a serial (or replacing one
/// without) is the same when it sits at the same location on the same node. Events are history rows of kind
/// <c>part</c> under the node's id and label:
/// <list type="bullet">
/// <item><c>added</c> / <c>removed</c>: <c>memory[DIMM_P0_A0]</c> with the FRU's description;</item>
/// <item><c>changed</c> <c>memory[DIMM_P0_A0].node</c>: a serial last seen on another node (moved);</item>
/// <item><c>changed</c> <c>drives[1].firmware_version</c>: the same FRU with another firmware version.</item>
/// </list>
/// A node seen for the first time records no part events: its own <c>added</c> event says it all.
/// </summary>
internal static class PartHistory
{
    /// <summary>The history <c>kind</c> of part events.</summary>
    public const string Kind = "part";

    public static void Record(WriteTransaction tx, ComputeNode? before, ComputeNode after)
    {
        if (before is null)
        {
            return;
        }

        var label = after.Xname ?? after.Id.ToString();
        var unmatched = NodeParts.Of(before).All().ToList();
        var added = new List<Part>();
        foreach (var part in NodeParts.Of(after).All())
        {
            var match = unmatched.FirstOrDefault(old => SameFru(old, part));
            if (match is null)
            {
                added.Add(part);
                continue;
            }

            unmatched.Remove(match);
            if (!string.Equals(Firmware(match), Firmware(part), StringComparison.Ordinal))
            {
                Write(tx, after.Id, label, "changed", new FieldChange($"{Field(part)}.firmware_version", Quote(Firmware(match)), Quote(Firmware(part))));
            }
        }

        // Removals first: a swapped DIMM reads "removed" then "added" at the same location.
        foreach (var gone in unmatched)
        {
            Write(tx, after.Id, label, "removed", new FieldChange(Field(gone), Quote(Describe(gone)), null));
        }

        foreach (var part in added)
        {
            var from = part.SerialNumber is null ? null : LastOwnerElsewhere(tx, part, label);
            Write(tx, after.Id, label, "added", new FieldChange(Field(part), null, Quote(Describe(part))));
            if (from is not null)
            {
                Write(tx, after.Id, label, "changed", new FieldChange($"{Field(part)}.node", Quote(from), Quote(label)));
            }
        }
    }

    /// <summary>The same FRU: by serial (with part number and manufacturer) when both report one, else by location.</summary>
    public static bool SameFru(Part a, Part b) =>
        a.Kind == b.Kind && (a.SerialNumber is not null && b.SerialNumber is not null
            ? a.SerialNumber == b.SerialNumber && a.PartNumber == b.PartNumber && a.Manufacturer == b.Manufacturer
            : string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase));

    /// <summary>A part's field in history: its list and location, <c>memory[DIMM_P0_A0]</c>.</summary>
    public static string Field(Part part) => $"{ListName(part.Kind)}[{part.Location ?? part.RedfishUri ?? part.Id.ToString()}]";

    /// <summary>What people recognise a FRU by: manufacturer, model, part number, serial.</summary>
    public static string Describe(Part part) => string.Join(' ', new[]
    {
        part.Manufacturer, part.Model, part.PartNumber is { } pn ? "part " + pn : null, part.SerialNumber is { } sn ? $"(serial {sn})" : null,
        part is MemoryModule { CapacityMib: { } mib } ? $"{mib} MiB" : null,
    }.OfType<string>());

    private static string ListName(string kind) => kind switch
    {
        PartKinds.Processor => "processors",
        PartKinds.Accelerator => "accelerators",
        PartKinds.Drive => "drives",
        PartKinds.PcieDevice => "pcie_devices",
        _ => kind,
    };

    private static string? Firmware(Part part) => part switch
    {
        FirmwareItem f => f.FirmwareVersion,
        Accelerator a => a.FirmwareVersion,
        Drive d => d.FirmwareVersion,
        PcieDevice p => p.FirmwareVersion,
        _ => null,
    };

    // The node that holds the serial now (its crawl not merged yet), else the one it was last removed from: it moved.
    private static string? LastOwnerElsewhere(WriteTransaction tx, Part part, string label)
    {
        var connection = tx.Settled();
        var table = PartTables.Of(part.Kind);
        var holder = connection.Scalar(
            $"SELECT coalesce(n.xname, CAST(n.id AS VARCHAR)) FROM {table.Name} p JOIN nodes n ON n.id = p.owner_id " +
            "WHERE p.serial_number = ? AND p.owner_id <> ? LIMIT 1",
            part.SerialNumber, part.OwnerId.ToString());
        return holder ?? connection.Scalar(
            "SELECT label FROM history WHERE kind = ? AND event = 'removed' AND label <> ? AND changes LIKE ? ESCAPE '\\' ORDER BY seq DESC LIMIT 1",
            Kind, label, "%(serial " + Escape(part.SerialNumber!) + ")%");
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string? Quote(string? value) => value is null ? null : JsonSerializer.Serialize(value, StorageJsonContext.Default.String);

    private static void Write(WriteTransaction tx, Guid nodeId, string label, string change, FieldChange field)
    {
        var history = StoreSchema.History;
        var row = history.Parameters(
        [
            tx.NextVersion(), tx.Now, Kind, nodeId, label, change,
            JsonSerializer.Serialize<IReadOnlyList<FieldChange>>([field], StorageJsonContext.Default.IReadOnlyListFieldChange), tx.Actor,
        ]);
        if (tx.Pending is { } pending)
        {
            pending.AddHistory(row);
        }
        else
        {
            tx.Connection.Execute(history.InsertSql, row);
        }
    }
}
