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

    /// <summary>Lists the parts <paramref name="filters"/> select.</summary>
    /// <exception cref="PipelineInputException">A filter is not a part filter, or names no part kind.</exception>
    public static async Task<int> ShowAsync(IInventory store, IReadOnlyDictionary<string, string> filters, int? limit, OutputRenderer renderer, CancellationToken cancellationToken)
    {
        var parts = await store.FindPartsAsync(PartFilterText.Parse(filters, limit), cancellationToken);
        IReadOnlyList<JsonElement> items = [.. parts.Select(PartJson.ToElement)];
        await renderer.WriteListAsync(items, StorageJsonContext.Default.JsonElement, PartTableColumns.All, cancellationToken);
        return ExitCodes.Ok;
    }
}
