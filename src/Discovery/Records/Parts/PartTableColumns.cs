using System.Text.Json;
using Discovery.Text;

namespace Discovery.Records.Parts;

/// <summary>The table of <c>discover get parts</c>: the fields every part has, read from each part's own JSON shape.</summary>
internal static class PartTableColumns
{
    /// <summary>Kind, location, manufacturer, model, serial and part numbers, state and health, owner.</summary>
    public static readonly TableColumn<JsonElement>[] All =
    [
        new("KIND", p => Text(p, "kind")),
        new("LOCATION", p => Text(p, "location")),
        new("MANUFACTURER", p => Text(p, "manufacturer")),
        new("MODEL", p => Text(p, "model")),
        new("SERIAL", p => Text(p, "serial_number")),
        new("PART NUMBER", p => Text(p, "part_number")),
        new("STATE", p => p.TryGetProperty("status", out var s) ? Text(s, "state") : null),
        new("HEALTH", p => p.TryGetProperty("status", out var s) ? Text(s, "health") : null),
        new("OWNER", p => Text(p, "owner_id")),
    ];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
