using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Discovery.Testing.Specs;
using Microsoft.AspNetCore.Http;

namespace Discovery.Testing.Smd;

/// <summary>
/// <c>/hsm/v2/Inventory/Hardware</c> (HWInventoryByLocation) from the spec: GET the collection (filters <c>id</c> and
/// <c>type</c>, repeatable), GET one xname, POST <c>{"Hardware":[...]}</c> to create or update. Every POSTed entry
/// is checked against its spec subtype (<c>HWInvByLocProcessor</c>, ... chosen by <c>HWInventoryByLocationType</c>,
/// its PopulatedFRU by <c>HWInventoryByFRUType</c>) and its ID against hms-xname's pattern for its type; any
/// problem answers 400 and stores nothing.
/// </summary>
public sealed partial class SmdDouble
{
    private const string Spec = "smd/swagger_v2.yaml";

    private static readonly Dictionary<string, Regex> PartXnames = new(StringComparer.Ordinal)
    {
        ["Processor"] = ProcessorXname(),
        ["Memory"] = MemoryXname(),
        ["NodeAccel"] = NodeAccelXname(),
        ["Drive"] = DriveXname(),
    };

    private readonly Dictionary<string, JsonElement> _hardware = new(StringComparer.Ordinal);

    /// <summary>The HWInventoryByLocation entries by (normalised) xname, as POSTed.</summary>
    public IReadOnlyDictionary<string, JsonElement> Hardware => Snapshot(_hardware);

    private SmdAnswer HardwareCollection(string method, IQueryCollection query, string body)
    {
        switch (method)
        {
            case "GET":
                var ids = query["id"].Select(i => SmdXnames.Normalize(i ?? string.Empty)).ToHashSet(StringComparer.Ordinal);
                var types = query["type"].Select(t => t ?? string.Empty).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var found = _hardware.Values.Where(h => (ids.Count == 0 || ids.Contains(h.GetProperty("ID").GetString()!))
                    && (types.Count == 0 || types.Contains(h.GetProperty("Type").GetString()!)));
                return SmdAnswer.Json(200, new JsonArray([.. found.Select(h => JsonNode.Parse(h.GetRawText()))]));
            case "POST":
                return PostHardware(body);
            default:
                return new SmdAnswer(405);
        }
    }

    private SmdAnswer HardwareEntry(string method, string xname) =>
        method == "GET" && _hardware.TryGetValue(SmdXnames.Normalize(xname), out var entry)
            ? SmdAnswer.Json(200, JsonNode.Parse(entry.GetRawText()))
            : method == "GET" ? SmdAnswer.Problem(404, "no such xname.") : new SmdAnswer(405);

    private SmdAnswer PostHardware(string body)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return SmdAnswer.Problem(500, "error decoding JSON " + ex.Message);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Hardware", out var hardware) || hardware.ValueKind != JsonValueKind.Array)
        {
            return SmdAnswer.Problem(400, "body has no Hardware array");
        }

        var problems = new List<string>();
        var entries = new List<(string Id, JsonElement Entry)>();
        foreach (var entry in hardware.EnumerateArray())
        {
            var at = $"Hardware[{entries.Count}]";
            var location = Text(entry, "HWInventoryByLocationType");
            var id = SmdXnames.Normalize(Text(entry, "ID") ?? string.Empty);
            problems.AddRange(SpecSchema.Load(Spec, location ?? "HWInventory.1.0.0_HWInventoryByLocation").Validate(entry).Select(p => at + p[1..]));
            if (Text(entry, "Type") is not { } type || !PartXnames.TryGetValue(type, out var pattern) || !pattern.IsMatch(id))
            {
                problems.Add($"{at}: '{id}' is not a valid locational xname ID for type '{Text(entry, "Type")}'");
            }

            entries.Add((id, entry));
        }

        if (problems.Count > 0)
        {
            return SmdAnswer.Problem(400, string.Join("; ", problems));
        }

        foreach (var (id, entry) in entries)
        {
            _hardware[id] = entry;
        }

        return SmdAnswer.Json(200, new JsonObject { ["code"] = "0", ["message"] = $"Created or modified {entries.Count} entries" });
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // hms-xname: a node's Processor, Memory, NodeAccel and (StorageGroup) Drive.
    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)b([0-9]+)n([0-9]+)p([0-3])$")]
    private static partial Regex ProcessorXname();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)b([0-9]+)n([0-9]+)d([0-9]+)$")]
    private static partial Regex MemoryXname();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)b([0-9]+)n([0-9]+)a([0-9]+)$")]
    private static partial Regex NodeAccelXname();

    [GeneratedRegex("^x([0-9]{1,4})c([0-7])s([0-9]+)b([0-9]+)n([0-9]+)g([0-9]+)k([0-9]+)$")]
    private static partial Regex DriveXname();
}
