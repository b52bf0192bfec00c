using System.Text.Json;

namespace Discovery.Smd.Sending;

/// <summary>
/// Whether what SMD holds already says everything a body would send: every property of the sent JSON is in the stored
/// JSON with an equal value (names matched case-insensitively, as SMD's Go decoder does; numbers by value). Properties
/// SMD adds of its own (<c>Subtype</c>, timestamps) do not count as a difference.
/// </summary>
internal static class JsonSubset
{
    public static bool Holds(JsonElement stored, JsonElement sent) => sent.ValueKind switch
    {
        JsonValueKind.Object => stored.ValueKind == JsonValueKind.Object
            && sent.EnumerateObject().All(p => Property(stored, p.Name) is { } value && Holds(value, p.Value)),
        JsonValueKind.Array => stored.ValueKind == JsonValueKind.Array && stored.GetArrayLength() == sent.GetArrayLength()
            && stored.EnumerateArray().Zip(sent.EnumerateArray()).All(pair => Holds(pair.First, pair.Second)),
        JsonValueKind.Number => stored.ValueKind == JsonValueKind.Number && stored.GetDouble().Equals(sent.GetDouble()),
        _ => JsonElement.DeepEquals(stored, sent),
    };

    private static JsonElement? Property(JsonElement json, string name)
    {
        if (json.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in json.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
