using System.Text.Json;
using Discovery.Cli.Output;
using Discovery.Pipeline;
using Discovery.Records.Parts;
using Discovery.Store;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover get parts [--where kind=memory --where serial=...] [--limit N]</c>: parts anywhere in the inventory (local
/// store or <c>--server</c>), each in its kind's own JSON shape; the table shows the fields every part has.
/// </summary>
internal static class GetParts
{
    /// <summary>Whether <paramref name="kind"/> (the KIND argument of <c>get</c>) asks for parts.</summary>
    public static bool Names(string kind) => kind is "parts" or "part";

    private static readonly TableColumn<JsonElement>[] Columns =
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

    /// <summary>Lists the parts <paramref name="filters"/> select.</summary>
    /// <exception cref="PipelineInputException">A filter is not a part filter, or names no part kind.</exception>
    public static async Task<int> ShowAsync(IInventory store, IReadOnlyDictionary<string, string> filters, int? limit, OutputRenderer renderer, CancellationToken cancellationToken)
    {
        var parts = await store.FindPartsAsync(PartFilterText.Parse(filters, limit), cancellationToken);
        IReadOnlyList<JsonElement> items = [.. parts.Select(PartJson.ToElement)];
        await renderer.WriteListAsync(items, StorageJsonContext.Default.JsonElement, Columns, cancellationToken);
        return ExitCodes.Ok;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
