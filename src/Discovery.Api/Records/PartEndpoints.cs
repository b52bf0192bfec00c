using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Store;
using Discovery.Store.Remote;
using Discovery.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Records;

/// <summary>
/// Issue 17: <c>GET /nodes/{key}/parts</c> (one node's parts by kind, with its empty slots) and
/// <c>GET /parts?kind=&amp;serial=&amp;model=&amp;manufacturer=&amp;part_number=&amp;location=&amp;limit=</c> (parts anywhere).
/// </summary>
internal static class PartEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, InventoryStore store)
    {
        routes.MapGet("/nodes/{key}/parts", async (string key, CancellationToken cancellationToken) =>
            await store.Nodes.GetAsync(key, cancellationToken) is { } node
                ? TypedResults.Json(NodeParts.Of(node.Record), InventoryJsonContext.Default.NodeParts)
                : ApiProblems.NotFound($"node {QuotedValue.Of(key)} does not exist"))
            .WithTags("parts").Produces<NodeParts>().WithName("NodeParts");

        routes.MapGet("/parts", async (string? kind, string? serial, string? model, string? manufacturer, string? part_number, string? location, int? limit, CancellationToken cancellationToken) =>
        {
            if (kind is not null && !PartKinds.All.Contains(kind, StringComparer.Ordinal))
            {
                return ApiProblems.Invalid("kind", $"{QuotedValue.Of(kind)} is not a part kind (one of {string.Join(", ", PartKinds.All)})");
            }

            var parts = await store.FindPartsAsync(
                new PartQuery
                {
                    Kind = kind, Serial = serial, Model = model, Manufacturer = manufacturer, PartNumber = part_number, Location = location,
                    Limit = Math.Clamp(limit ?? 1000, 1, 100_000),
                },
                cancellationToken);
            // Each part in its own kind's shape (a DIMM has capacity_mib, a drive capacity_bytes).
            IReadOnlyList<JsonElement> body = [.. parts.Select(PartJson.ToElement)];
            return TypedResults.Json(body, ApiJsonContext.Default.IReadOnlyListJsonElement);
        }).WithTags("parts").Produces<IReadOnlyList<JsonElement>>().WithName("Parts");
    }
}
