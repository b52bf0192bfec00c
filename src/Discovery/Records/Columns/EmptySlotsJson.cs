using System.Text.Json;
using Discovery.Records.Parts;

namespace Discovery.Records.Columns;

/// <summary>A node's empty slots as the JSON text of its <c>empty_slots</c> column; null when there are none.</summary>
internal static class EmptySlotsJson
{
    public static string? Write(IReadOnlyList<EmptySlot> slots) =>
        slots.Count == 0 ? null : JsonSerializer.Serialize(slots, InventoryJsonContext.Default.IReadOnlyListEmptySlot);

    public static IReadOnlyList<EmptySlot> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(json, InventoryJsonContext.Default.IReadOnlyListEmptySlot) ?? [];
        }
        catch (JsonException)
        {
            // A value edited by hand in SQL is no reason to lose the node.
            return [];
        }
    }
}
