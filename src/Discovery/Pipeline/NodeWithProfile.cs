using System.Text.Json;
using Discovery.Records;
using Discovery.Store;
using Discovery.Store.Remote;

namespace Discovery.Pipeline;

/// <summary>One node as people ask for it by name in JSON or YAML: the record with its effective boot profile beside it.</summary>
internal static class NodeWithProfile
{
    /// <summary>
    /// The node named <paramref name="name"/> as a JSON object, with <c>effective_boot_profile</c> (as
    /// <see cref="IInventory.ResolveBootProfileAsync"/> resolves it) when it has one; not for a past state (<c>--as-of</c>).
    /// </summary>
    /// <exception cref="InventoryQueryException">No node has that name.</exception>
    public static async Task<JsonElement> FindAsync(IInventory store, string name, RecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var node = await RecordLookup.FindAsync(store.Nodes, name, query, InventoryJsonContext.Default.ComputeNode, cancellationToken);
        var json = JsonSerializer.SerializeToNode(node, InventoryJsonContext.Default.ComputeNode)!.AsObject();
        if (query.AsOf is null && await store.ResolveBootProfileAsync(node.Id.ToString(), cancellationToken) is { } resolution)
        {
            json["effective_boot_profile"] = JsonSerializer.SerializeToNode(resolution, ApiJsonContext.Default.BootProfileResolution);
        }

        using var document = JsonDocument.Parse(json.ToJsonString());
        return document.RootElement.Clone();
    }
}
