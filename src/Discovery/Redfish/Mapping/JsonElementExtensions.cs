using System.Text.Json;

namespace Discovery.Redfish.Mapping;

/// <summary>Tolerant readers for Redfish JSON: a missing or mistyped property is null, never an exception.</summary>
internal static class JsonElementExtensions
{
    /// <summary>A string property, trimmed (Intel S2600BPB pads Manufacturer with spaces); null when absent, empty or not a string.</summary>
    public static string? String(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.Text().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// A string value as reported. JSON may escape half a surrogate pair (<c>"\udddd"</c>), which .NET refuses to
    /// decode; such a half becomes U+FFFD so the rest of the value is kept rather than the whole BMC lost.
    /// </summary>
    public static string Text(this JsonElement value)
    {
        try
        {
            return value.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            using var document = JsonDocument.Parse(RedfishJson.RepairSurrogateEscapes(value.GetRawText()));
            return document.RootElement.GetString() ?? string.Empty;
        }
    }

    /// <summary>A nested object property, or null.</summary>
    public static JsonElement? Object(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>A number property as double, or null.</summary>
    public static double? Double(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    /// <summary>A number property as long, or null (also null when it has a fraction).</summary>
    public static long? Long(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;

    /// <summary>A boolean property, or null.</summary>
    public static bool? Bool(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    /// <summary>The <c>@odata.id</c> of the link object in property <paramref name="name"/>, or null.</summary>
    public static string? Link(this JsonElement element, string name) => element.Object(name)?.String("@odata.id");

    /// <summary>The <c>@odata.id</c>s of an array of link objects, or empty.</summary>
    public static IReadOnlyList<string> Links(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var links = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.String("@odata.id") is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>The string value of the <c>Address</c> of each object in an address array (<c>IPv4Addresses</c>).</summary>
    public static IEnumerable<string> Addresses(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.String("Address") is { } address)
            {
                yield return address;
            }
        }
    }
}
