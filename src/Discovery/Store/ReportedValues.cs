using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Discovery.Records;
using Discovery.Records.Validation;

namespace Discovery.Store;

/// <summary>
/// What a BMC reports is a fact to keep, not input to refuse (issue 13): a value of a crawled record that breaks a
/// rule made for what people write (a MAC, an address, a UUID, a host name, a power or link state) is left out of
/// the stored record, and the record, with its other fields and NICs, is kept. The value itself stays in the crawl
/// log, in the response body and in the run's mapped rows. People's writes (<c>apply</c>, the API) never come here:
/// they keep the strict rules.
/// </summary>
internal static class ReportedValues
{
    /// <summary>The node without the values its rules reject, and a sentence per value left out.</summary>
    public static (ComputeNode Record, IReadOnlyList<string> Left) Keep(ComputeNode node) =>
        Keep(node, InventoryValidator.Validate, InventoryJsonContext.Default.ComputeNode);

    /// <summary>The BMC without the values its rules reject, and a sentence per value left out.</summary>
    public static (Bmc Record, IReadOnlyList<string> Left) Keep(Bmc bmc) =>
        Keep(bmc, InventoryValidator.Validate, InventoryJsonContext.Default.Bmc);

    private static (T Record, IReadOnlyList<string> Left) Keep<T>(T record, Func<T, ValidationResult<T>> validate, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var result = validate(record);
        if (result.IsValid)
        {
            return (record, []);
        }

        var json = JsonSerializer.SerializeToNode(record, typeInfo)!.AsObject();
        foreach (var error in result.Errors)
        {
            Clear(json, error.Field);
        }

        // A list item is nulled first and the lists swept after, so the indexes of the other errors stay right.
        Sweep(json);
        try
        {
            return (json.Deserialize(typeInfo)!, [.. result.Errors.Select(e => e.ToString())]);
        }
        catch (JsonException)
        {
            // A required field was the problem: nothing to leave out, and the store's refusal will name it.
            return (record, []);
        }
    }

    /// <summary>Nulls the value at <paramref name="path"/> (<c>network_interfaces[0].ipv4_addresses[1]</c>).</summary>
    private static void Clear(JsonObject json, string path)
    {
        JsonNode? node = json;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var (name, index) = Parse(segments[i]);
            if (node is not JsonObject parent || !parent.ContainsKey(name))
            {
                return;
            }

            var last = i == segments.Length - 1;
            if (index is null)
            {
                if (last)
                {
                    parent[name] = null;
                    return;
                }

                node = parent[name];
            }
            else if (parent[name] is JsonArray list && index < list.Count)
            {
                if (last)
                {
                    list[index.Value] = null;
                    return;
                }

                node = list[index.Value];
            }
            else
            {
                return;
            }
        }
    }

    private static (string Name, int? Index) Parse(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        return open < 0 || !segment.EndsWith(']')
            ? (segment, null)
            : (segment[..open], int.Parse(segment[(open + 1)..^1], CultureInfo.InvariantCulture));
    }

    private static void Sweep(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (_, value) in map)
                {
                    Sweep(value);
                }

                break;
            case JsonArray list:
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i] is null)
                    {
                        list.RemoveAt(i);
                    }
                    else
                    {
                        Sweep(list[i]);
                    }
                }

                break;
            default:
                break;
        }
    }
}
