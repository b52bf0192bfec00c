using System.Text.Json;

namespace Discovery.Records.Parts;

/// <summary>
/// A part as JSON in its own kind's shape (a DIMM carries <c>capacity_mib</c>, a drive <c>capacity_bytes</c>), and back
/// by its <c>kind</c>: how <c>GET /parts</c> answers and how the API client reads the answer.
/// </summary>
internal static class PartJson
{
    /// <summary><paramref name="part"/> serialized as its concrete type.</summary>
    public static JsonElement ToElement(Part part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return JsonSerializer.SerializeToElement(part, part.GetType(), InventoryJsonContext.Default);
    }

    /// <summary>The part <paramref name="element"/> describes, by its <c>kind</c>; null when the kind is none we know.</summary>
    public static Part? FromElement(JsonElement element)
    {
        var json = InventoryJsonContext.Default;
        var kind = element.TryGetProperty("kind", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return kind switch
        {
            PartKinds.Processor => element.Deserialize(json.Processor),
            PartKinds.Memory => element.Deserialize(json.MemoryModule),
            PartKinds.Accelerator => element.Deserialize(json.Accelerator),
            PartKinds.Drive => element.Deserialize(json.Drive),
            PartKinds.PcieDevice => element.Deserialize(json.PcieDevice),
            PartKinds.Firmware => element.Deserialize(json.FirmwareItem),
            _ => null,
        };
    }
}
