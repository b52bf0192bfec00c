using System.Security.Claims;
using Discovery.Store.Remote;
using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Records;

/// <summary>
/// CRUD for one kind of record: <c>GET /nodes</c> (filters, <c>limit</c>, <c>offset</c>, <c>as_of</c>),
/// <c>POST /nodes</c>, <c>GET|PUT|DELETE /nodes/{key}</c> (key: id or the kind's name; ETag and If-Match), and
/// <c>GET /nodes/{key}/history</c>. Mutations carry the write policy.
/// </summary>
internal static class RecordEndpoints
{
    public static void Map<T>(IEndpointRouteBuilder routes, RecordRoute<T> route, InventoryStore store, ApiOptions options, string? writePolicy)
        where T : class
    {
        var set = route.Set(store);
        var group = routes.MapGroup("/" + route.Collection).WithTags(route.Collection);
        group.MapGet("/", async (HttpContext context, CancellationToken cancellationToken) =>
        {
            var (query, error) = ListQuery.Parse(context.Request.Query, options.MaxPageSize);
            if (error is not null)
            {
                return ApiProblems.Invalid(error.Field, error.Message);
            }

            try
            {
                if (route.Kind == RecordKind.Node && NodeReads.List(store, query!) is { } remembered)
                {
                    return remembered;
                }

                return TypedResults.Json(await set.ListAsync(query!, cancellationToken), route.PageJson);
            }
            catch (InventoryQueryException ex)
            {
                return ApiProblems.Invalid(ex.Parameter, ex.Message);
            }
        }).Produces<RecordPage<T>>().ProducesProblem(StatusCodes.Status400BadRequest).WithName("List" + route.Collection);

        group.MapGet("/{key}", async (string key, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (route.Kind == RecordKind.Node && NodeReads.Get(store, key, context) is { } remembered)
            {
                return remembered;
            }

            var found = await set.GetAsync(key, cancellationToken);
            if (found is null)
            {
                return ApiProblems.NotFound($"no {RecordKinds.Name(route.Kind)} {QuotedValue.Of(key)}");
            }

            context.Response.Headers.ETag = found.ETag;
            return TypedResults.Json(found.Record, route.Json);
        }).Produces<T>().ProducesProblem(StatusCodes.Status404NotFound).WithName("Get" + route.Collection);

        Protect(group.MapPost("/", async (HttpContext context, CancellationToken cancellationToken) =>
        {
            var (record, problem) = await RecordBody.ReadAsync(context, route.Kind, route.Json, options.MaxRecordBodyBytes, cancellationToken);
            if (record is null)
            {
                return problem!;
            }

            var result = await set.CreateAsync(record, Conditions(context, null), cancellationToken);
            return WriteResults.ToHttp(result, context, route.Json, Location(route, result.Record));
        }).Accepts<T>("application/json").Produces<T>(StatusCodes.Status201Created).WithName("Create" + route.Collection), writePolicy);

        Protect(group.MapPut("/{key}", async (string key, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!TryIfMatch(context, out var ifMatch))
            {
                return ApiProblems.Status(StatusCodes.Status412PreconditionFailed, "The record changed since it was read.",
                    $"If-Match {QuotedValue.Of(context.Request.Headers.IfMatch)} is not an entity tag of this API");
            }

            var (record, problem) = await RecordBody.ReadAsync(context, route.Kind, route.Json, options.MaxRecordBodyBytes, cancellationToken);
            if (record is null)
            {
                return problem!;
            }

            var result = await set.ReplaceAsync(key, record, Conditions(context, ifMatch), cancellationToken);
            return WriteResults.ToHttp(result, context, route.Json, Location(route, result.Record));
        }).Accepts<T>("application/json").Produces<T>().WithName("Replace" + route.Collection), writePolicy);

        Protect(group.MapDelete("/{key}", async (string key, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (!TryIfMatch(context, out var ifMatch))
            {
                return ApiProblems.Status(StatusCodes.Status412PreconditionFailed, "The record changed since it was read.",
                    $"If-Match {QuotedValue.Of(context.Request.Headers.IfMatch)} is not an entity tag of this API");
            }

            var result = await set.DeleteAsync(key, Conditions(context, ifMatch), cancellationToken);
            return WriteResults.ToHttp(result, context, route.Json, Location(route, result.Record));
        }).Produces(StatusCodes.Status204NoContent).WithName("Delete" + route.Collection), writePolicy);

        group.MapGet("/{key}/history", async (string key, CancellationToken cancellationToken) =>
        {
            var found = await set.GetAsync(key, cancellationToken);
            var events = await store.ReadHistoryAsync(
                new HistoryQuery { Kind = route.Kind, Record = found is null ? key : route.Id(found.Record).ToString() }, cancellationToken);
            return found is null && events.Count == 0
                ? ApiProblems.NotFound($"no {RecordKinds.Name(route.Kind)} {QuotedValue.Of(key)} now or in history")
                : TypedResults.Json(events, ApiJsonContext.Default.IReadOnlyListHistoryEvent);
        }).Produces<IReadOnlyList<HistoryEvent>>().WithName("History" + route.Collection);
    }

    /// <summary>Who writes, for history: <c>api:SUBJECT</c>, or <c>api</c> without authentication.</summary>
    internal static string Actor(ClaimsPrincipal user)
    {
        var subject = user.FindFirst("sub")?.Value ?? user.Identity?.Name;
        return string.IsNullOrEmpty(subject) ? "api" : "api:" + subject;
    }

    private static WriteConditions Conditions(HttpContext context, long? ifMatch) =>
        new() { IfMatch = ifMatch, Actor = Actor(context.User) };

    private static bool TryIfMatch(HttpContext context, out long? version)
    {
        version = null;
        var header = context.Request.Headers.IfMatch.ToString();
        return header.Length == 0 || EntityTags.TryParse(header, out version);
    }

    private static string Location<T>(RecordRoute<T> route, T? record)
        where T : class => record is null ? $"/{route.Collection}" : $"/{route.Collection}/{route.Id(record)}";

    private static void Protect(RouteHandlerBuilder endpoint, string? policy)
    {
        if (policy is not null)
        {
            endpoint.RequireAuthorization(policy);
        }
    }
}
