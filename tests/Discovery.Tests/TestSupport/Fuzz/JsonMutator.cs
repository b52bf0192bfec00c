using System.Text.Json;
using System.Text.Json.Nodes;

namespace Discovery.Tests.TestSupport.Fuzz;

/// <summary>
/// Structural mutations of a JSON tree: a value swapped for another type (string, number, null, bool, object,
/// array), a property removed or added (with Redfish's names), a huge or odd string, a link bent into a cycle or
/// out of shape, a collection's members duplicated or emptied.
/// </summary>
internal static class JsonMutator
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, MaxDepth = 4096 };

    /// <summary>Property names a Redfish mapper reads, to add where they do not belong.</summary>
    private static readonly string[] RedfishNames =
    [
        "@odata.id", "@odata.type", "Id", "Name", "UUID", "Members", "Members@odata.count", "Systems", "Managers",
        "Chassis", "EthernetInterfaces", "MACAddress", "PermanentMACAddress", "IPv4Addresses", "IPv6Addresses",
        "Address", "HostName", "FQDN", "Status", "State", "Health", "PowerState", "SerialNumber", "Manufacturer", "Model",
        "BiosVersion", "ProcessorSummary", "Count", "MemorySummary", "TotalSystemMemoryGiB", "Links", "ManagedBy",
        "ManagerForServers", "Oem", "RedfishVersion", "Vendor", "Product", "ManagerType", "FirmwareVersion",
        "NetworkProtocol", "HostInterfaces", "SpeedMbps", "LinkStatus", "InterfaceEnabled", "VLAN", "VLANId",
        "SystemType", "ProcessorArchitecture", "Processors", "Memory", "UpdateService", "FirmwareInventory", "Version",
    ];

    public static JsonNode? Mutate(Random random, JsonNode? root, int operations)
    {
        for (var i = 0; i < operations; i++)
        {
            root = MutateOnce(random, root);
        }

        return root;
    }

    public static string Write(JsonNode? root) => root?.ToJsonString(Indented) ?? "null";

    private static JsonNode? MutateOnce(Random random, JsonNode? root)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        if (nodes.Count == 0)
        {
            return RandomValue(random, null);
        }

        var target = nodes[random.Next(nodes.Count)];
        switch (random.Next(100))
        {
            case < 35:
                return Replace(root, target, RandomValue(random, target));
            case < 50 when target is JsonObject removeFrom && removeFrom.Count > 0:
                removeFrom.Remove(removeFrom.ElementAt(random.Next(removeFrom.Count)).Key);
                return root;
            case < 65 when target is JsonObject addTo:
                addTo[RedfishNames[random.Next(RedfishNames.Length)]] = RandomValue(random, target);
                return root;
            case < 80 when target is JsonObject linkOwner:
                linkOwner["@odata.id"] = OddLink(random, nodes);
                return root;
            case < 90 when target is JsonArray array:
                if (random.Next(2) == 0)
                {
                    array.Clear();
                }
                else if (array.Count > 0)
                {
                    array.Add(array[random.Next(array.Count)]?.DeepClone());
                }

                return root;
            default:
                return Replace(root, target, TextMutator.HugeString(random));
        }
    }

    private static JsonNode? RandomValue(Random random, JsonNode? original) => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(random.Next(3) switch { 0 => double.MaxValue, 1 => -0.0, _ => 1.5e-300 }),
        4 => JsonValue.Create(long.MinValue),
        5 => new JsonObject(),
        6 => new JsonArray(),
        7 => original is null ? new JsonObject() : new JsonObject { ["x"] = original.DeepClone() },
        8 => original is null ? new JsonArray() : new JsonArray(original.DeepClone()),
        9 => JsonValue.Create(TextMutator.Interesting[random.Next(TextMutator.Interesting.Length)].Replace("\uD800", "?").Replace("\uDC00", "?")),
        10 => JsonValue.Create(original?.ToJsonString() ?? "null"),
        _ => JsonValue.Create(random.Next(4) switch { 0 => "", 1 => "Not Available", 2 => "00:00:00:00:00:00", _ => "N/A" }),
    };

    private static string OddLink(Random random, List<JsonNode> nodes)
    {
        var existing = nodes.OfType<JsonObject>().Select(o => o["@odata.id"]).OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();
        var link = existing.Count > 0 ? existing[random.Next(existing.Count)] : "/redfish/v1";
        return random.Next(8) switch
        {
            0 => "/redfish/v1",
            1 => link + "/",
            2 => link.ToUpperInvariant(),
            3 => link + "#/Members/0",
            4 => link.Replace("/", "%2F", StringComparison.Ordinal),
            5 => link + "/../../..",
            6 => "",
            _ => link,
        };
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    private static JsonNode? Replace(JsonNode? root, JsonNode target, JsonNode? value)
    {
        if (ReferenceEquals(root, target) || target.Parent is null)
        {
            return value;
        }

        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = value;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = value;
                break;
        }

        return root;
    }
}
