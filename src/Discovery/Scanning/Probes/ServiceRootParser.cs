using System.Text.Json;

namespace Discovery.Scanning.Probes;

/// <summary>Decides whether a body is a Redfish ServiceRoot and reads the fields a scan reports.</summary>
internal static class ServiceRootParser
{
    private static readonly Dictionary<string, string> OemVendors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Hpe"] = "HPE",
        ["Hp"] = "HPE",
        ["Ami"] = "AMI",
        ["Dell"] = "Dell",
        ["Lenovo"] = "Lenovo",
        ["Supermicro"] = "Supermicro",
        ["Intel"] = "Intel",
        ["Cray"] = "HPE",
    };

    /// <summary>
    /// Returns the ServiceRoot fields, or null when <paramref name="body"/> is not a ServiceRoot: not JSON, not
    /// an object, or neither an <c>@odata.type</c> of <c>#ServiceRoot.*</c> nor a <c>RedfishVersion</c> string.
    /// </summary>
    public static ServiceRootInfo? TryParse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!JsonDocument.TryParseValue(ref reader, out var parsed))
            {
                return null;
            }

            document = parsed;
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var type = GetString(root, "@odata.type");
            var version = GetString(root, "RedfishVersion");
            if (!(type?.StartsWith("#ServiceRoot.", StringComparison.Ordinal) ?? false) && version is null)
            {
                return null;
            }

            return new ServiceRootInfo
            {
                Uuid = GetString(root, "UUID")?.ToLowerInvariant(),
                RedfishVersion = version,
                Vendor = GetString(root, "Vendor") ?? InferVendor(root),
                Product = GetString(root, "Product"),
                Name = GetString(root, "Name"),
            };
        }
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    // Redfish added ServiceRoot.Vendor in 1.5 (2018); older BMCs only show who they are through their Oem key.
    private static string? InferVendor(JsonElement root)
    {
        if (!root.TryGetProperty("Oem", out var oem) || oem.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in oem.EnumerateObject())
        {
            if (OemVendors.TryGetValue(property.Name, out var vendor))
            {
                return vendor;
            }
        }

        return null;
    }
}
