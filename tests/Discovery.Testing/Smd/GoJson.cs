using System.Text.Json;
using System.Text.Json.Nodes;

namespace Discovery.Testing.Smd;

/// <summary>
/// Reads request bodies the way SMD's Go decoder does: keys match case-insensitively, unknown keys are ignored,
/// a missing or null field is the zero value, and a value of the wrong JSON type is a decoding error (SMD then
/// answers 500, "error decoding JSON ...").
/// </summary>
internal static class GoJson
{
    private static readonly JsonNodeOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Parses <paramref name="text"/>; throws <see cref="GoJsonException"/> when it is not JSON.</summary>
    public static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text, Options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            throw new GoJsonException($"invalid character in JSON: {ex.Message}");
        }
    }

    /// <summary>The object at the root of a body, else a decoding error.</summary>
    public static JsonObject Object(JsonNode? node, string what) =>
        node as JsonObject ?? throw new GoJsonException($"json: cannot unmarshal {Kind(node)} into Go value of type {what}");

    /// <summary>A string field ("" when absent or null).</summary>
    public static string String(JsonObject parent, string name) => parent[name] switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => throw Mismatch(other, name, "string"),
    };

    /// <summary>A bool field (null when absent or null).</summary>
    public static bool? Bool(JsonObject parent, string name) => parent[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        var other => throw Mismatch(other, name, "bool"),
    };

    /// <summary>An array field of objects (empty when absent or null).</summary>
    public static IReadOnlyList<JsonObject> Objects(JsonObject parent, string name) => parent[name] switch
    {
        null => [],
        JsonArray array => [.. array.Select(item => item as JsonObject ?? throw Mismatch(item, name, "struct"))],
        var other => throw Mismatch(other, name, "[]struct"),
    };

    /// <summary>An array field of strings (empty when absent or null).</summary>
    public static IReadOnlyList<string> Strings(JsonObject parent, string name) => parent[name] switch
    {
        null => [],
        JsonArray array => [.. array.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Mismatch(item, name, "string"))],
        var other => throw Mismatch(other, name, "[]string"),
    };

    private static GoJsonException Mismatch(JsonNode? node, string field, string type) =>
        new($"json: cannot unmarshal {Kind(node)} into Go struct field .{field} of type {type}");

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "null",
    };
}
