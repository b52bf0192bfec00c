using System.Text.Json;
using Discovery.Records.Schemas;
using Discovery.Store.Remote;
using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Records;

/// <summary>
/// <c>POST /collect</c> (a collect run's records, for <c>discover collect --server</c>), <c>POST /apply</c> (manifests in, an <see cref="ApplyReport"/> out; 400 with the report when any document fails,
/// and then nothing is stored) and <c>GET /schemas/{name}.json</c> (the JSON Schemas apply and the API validate with).
/// </summary>
internal static class ApplyEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, InventoryStore store, ApiOptions options, string? writePolicy)
    {
        var apply = routes.MapPost("/apply", async (HttpContext context, CancellationToken cancellationToken) =>
        {
            ApplyRequest? request;
            RequestBodyLimits.Apply(context, options.MaxApplyBodyBytes);
            try
            {
                request = await JsonSerializer.DeserializeAsync(context.Request.Body, ApiJsonContext.Default.ApplyRequest, cancellationToken);
            }
            catch (JsonException ex)
            {
                return ApiProblems.Invalid(ex.Path?.TrimStart('$', '.') ?? "$", $"the body is not an apply request: {ex.Message}");
            }
            catch (Exception ex) when (RequestBodyLimits.IsTooLarge(ex))
            {
                return RequestBodyLimits.TooLarge(options.MaxApplyBodyBytes, "an apply request");
            }

            if (request?.Sources is null)
            {
                return ApiProblems.Invalid("sources", "an apply request needs 'sources': [{\"name\": ..., \"text\": ...}]");
            }

            var report = await store.ApplyAsync(request, RecordEndpoints.Actor(context.User), cancellationToken);
            if (report.Succeeded)
            {
                return TypedResults.Json(report, ApiJsonContext.Default.ApplyReport);
            }

            var errors = report.Errors.Select(e => new RecordError($"{e.Location}{(e.Field is null ? string.Empty : ": " + QuotedValue.Bare(e.Field))}", e.Message)).ToList();
            return TypedResults.Problem(
                detail: string.Join("; ", report.Errors.Select(e => e.ToString())),
                statusCode: StatusCodes.Status400BadRequest,
                title: "The manifests do not apply; nothing was stored.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                    ["report"] = JsonSerializer.SerializeToElement(report, ApiJsonContext.Default.ApplyReport),
                });
        }).WithTags("apply").Accepts<ApplyRequest>("application/json").Produces<ApplyReport>().WithName("Apply");
        if (writePolicy is not null)
        {
            apply.RequireAuthorization(writePolicy);
        }

        // What discover collect --server sends: the crawl's BMCs and nodes, merged by the store's identity rules.
        var collect = routes.MapPost("/collect", async (HttpContext context, CancellationToken cancellationToken) =>
        {
            IReadOnlyList<CollectedBmc>? collected;
            RequestBodyLimits.Apply(context, options.MaxCollectBodyBytes);
            try
            {
                collected = await JsonSerializer.DeserializeAsync(context.Request.Body, ApiJsonContext.Default.IReadOnlyListCollectedBmc, cancellationToken);
            }
            catch (Exception ex) when (RequestBodyLimits.IsTooLarge(ex))
            {
                return RequestBodyLimits.TooLarge(options.MaxCollectBodyBytes, "a collect request");
            }
            catch (JsonException ex)
            {
                return ApiProblems.Invalid(ex.Path?.TrimStart('$', '.') ?? "$", $"the body is not a list of collected BMCs: {ex.Message}");
            }

            var summary = await store.UpsertCollectedAsync(collected ?? [], cancellationToken);
            return TypedResults.Json(summary, ApiJsonContext.Default.CollectUpsertSummary);
        }).WithTags("collect").Accepts<IReadOnlyList<CollectedBmc>>("application/json").Produces<CollectUpsertSummary>().WithName("Collect");
        if (writePolicy is not null)
        {
            collect.RequireAuthorization(writePolicy);
        }

        routes.MapGet("/schemas/{name}.json", (string name) =>
            InventorySchemas.TryGet(name, out var json)
                ? Results.Text(json, "application/schema+json")
                : ApiProblems.NotFound($"no schema {QuotedValue.Of(name)}; there are {string.Join(", ", InventorySchemas.Names)}"))
            .WithTags("schemas").WithName("Schema");
    }
}
