using Discovery.Store.Remote;
using Discovery.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Snapshots;

/// <summary><c>GET /snapshots</c>, <c>POST /snapshots</c> and <c>POST /snapshots/{name}/restore</c> (the latter two need the write policy).</summary>
internal static class SnapshotEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, InventoryStore store, string? writePolicy)
    {
        var group = routes.MapGroup("/snapshots").WithTags("snapshots");
        group.MapGet("/", () => TypedResults.Json(store.ListSnapshots(), ApiJsonContext.Default.IReadOnlyListSnapshotInfo))
            .Produces<IReadOnlyList<SnapshotInfo>>().WithName("ListSnapshots");
        var create = group.MapPost("/", async (CancellationToken cancellationToken) =>
        {
            var snapshot = await store.CreateSnapshotAsync(onlyIfChanged: false, cancellationToken);
            return Results.Json(snapshot, ApiJsonContext.Default.SnapshotInfo, statusCode: StatusCodes.Status201Created);
        }).Produces<SnapshotInfo>(StatusCodes.Status201Created).WithName("CreateSnapshot");
        var restore = group.MapPost("/{name}/restore", async (string name, CancellationToken cancellationToken) =>
        {
            try
            {
                var before = await store.RestoreSnapshotAsync(name, cancellationToken);
                return Results.Json(before, ApiJsonContext.Default.SnapshotInfo);
            }
            catch (InventoryQueryException ex)
            {
                return ApiProblems.NotFound(ex.Message);
            }
        }).Produces<SnapshotInfo>().WithName("RestoreSnapshot");
        if (writePolicy is not null)
        {
            create.RequireAuthorization(writePolicy);
            restore.RequireAuthorization(writePolicy);
        }
    }
}
