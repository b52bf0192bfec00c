using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Discovery.Api.Records;
using Discovery.Boot.Sessions;
using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Bos;

/// <summary>
/// The BOS v2 subset (<c>bos/openapi.yaml.in</c>): session templates (list, get, put, delete), sessions (create,
/// list, get, delete = cancel and remove, status) and components (get). Bodies follow the spec's schemas. Every other
/// <c>/v2</c> path or method answers 501 with a problem naming it.
/// </summary>
internal static class BosEndpoints
{
    public static void Map(WebApplication app, InventoryStore store, BootSessionService? sessions, string? writePolicy)
    {
        var json = BosJsonContext.Default;
        var v2 = app.MapGroup("/v2").WithTags("bos");
        v2.MapGet("/sessiontemplates", async (CancellationToken ct) =>
            TypedResults.Json<IReadOnlyList<BosSessionTemplate>>(
                [.. (await store.SessionTemplates.ListAsync(new RecordQuery { Limit = null }, ct)).Items.Select(BosMapping.ToBos)], json.IReadOnlyListBosSessionTemplate));
        v2.MapGet("/sessiontemplates/{name}", async (string name, CancellationToken ct) =>
            await store.SessionTemplates.GetAsync(name, ct) is { } found
                ? TypedResults.Json(BosMapping.ToBos(found.Record), json.BosSessionTemplate)
                : ApiProblems.NotFound($"no session template {QuotedValue.Of(name)}"));
        Protect(v2.MapPut("/sessiontemplates/{name}", async Task<IResult> (string name, HttpContext context, CancellationToken ct) =>
        {
            var (body, problem) = await ReadAsync(context, json.BosSessionTemplate, ct);
            if (body is null)
            {
                return problem!;
            }

            var existing = await store.SessionTemplates.GetAsync(name, ct);
            var record = BosMapping.FromBos(name, existing?.Record.Id ?? Guid.Empty, body);
            var conditions = new WriteConditions { Actor = RecordEndpoints.Actor(context.User) };
            var result = existing is null
                ? await store.SessionTemplates.CreateAsync(record, conditions, ct)
                : await store.SessionTemplates.ReplaceAsync(name, record, conditions, ct);
            return result.Succeeded
                ? TypedResults.Json(BosMapping.ToBos(result.Record!), json.BosSessionTemplate)
                : WriteResults.ToHttp(result, context, Discovery.Records.InventoryJsonContext.Default.SessionTemplate, $"/v2/sessiontemplates/{name}");
        }), writePolicy);
        Protect(v2.MapDelete("/sessiontemplates/{name}", async (string name, HttpContext context, CancellationToken ct) =>
            WriteResults.ToHttp(await store.SessionTemplates.DeleteAsync(name, new WriteConditions { Actor = RecordEndpoints.Actor(context.User) }, ct),
                context, Discovery.Records.InventoryJsonContext.Default.SessionTemplate, "/v2/sessiontemplates")), writePolicy);

        if (sessions is not null)
        {
            MapSessions(v2, sessions, sessions.MaxRetries, writePolicy);
        }

        // Last: any other /v2 path, or a method the subset lacks on a path it has, is named in a 501.
        app.Map("/v2/{**rest}", (HttpContext context) => ApiProblems.Status(StatusCodes.Status501NotImplemented, "Not implemented.",
            $"{context.Request.Method} {QuotedValue.Of(context.Request.Path.Value)} is not part of the BOS v2 subset discover implements " +
            "(sessiontemplates: GET, PUT, DELETE; sessions: POST, GET, DELETE, status; components: GET)")).ExcludeFromDescription();
    }

    private static void MapSessions(RouteGroupBuilder v2, BootSessionService sessions, int maxRetries, string? writePolicy)
    {
        var json = BosJsonContext.Default;
        Protect(v2.MapPost("/sessions", async Task<IResult> (HttpContext context, CancellationToken ct) =>
        {
            var (body, problem) = await ReadAsync(context, json.BosSessionCreate, ct);
            if (body is null)
            {
                return problem!;
            }

            if (body.Stage == true)
            {
                return ApiProblems.Status(StatusCodes.Status501NotImplemented, "Not implemented.", "stage: true (staged sessions and /v2/applystaged) is not implemented");
            }

            if (body.TemplateName is null || body.Operation is null)
            {
                return ApiProblems.Invalid(body.TemplateName is null ? "template_name" : "operation", "is required");
            }

            try
            {
                var session = await sessions.CreateAsync(new BootSessionCreate { Name = body.Name, TemplateName = body.TemplateName, Operation = body.Operation, Limit = body.Limit }, ct);
                return TypedResults.Json(BosMapping.ToBos(session), json.BosSession, statusCode: StatusCodes.Status201Created);
            }
            catch (InventoryQueryException ex)
            {
                return ApiProblems.Invalid(ex.Parameter, ex.Message);
            }
        }), writePolicy);
        v2.MapGet("/sessions", async (string? status, CancellationToken ct) =>
        {
            var all = await sessions.Sessions.ListAsync(null, ct);
            var bos = all.Select(BosMapping.ToBos).Where(s => status is null || s.Status.Status == status).ToList();
            return TypedResults.Json<IReadOnlyList<BosSession>>(bos, json.IReadOnlyListBosSession);
        });
        v2.MapGet("/sessions/{id}", async (string id, CancellationToken ct) =>
            await sessions.Sessions.GetAsync(id, ct) is { } found
                ? TypedResults.Json(BosMapping.ToBos(found), json.BosSession)
                : NoSession(id));
        v2.MapGet("/sessions/{id}/status", async (string id, TimeProvider time, CancellationToken ct) =>
            await sessions.Sessions.GetAsync(id, ct) is { } found
                ? TypedResults.Json(BosMapping.Extended(found, time.GetUtcNow()), json.BosExtendedStatus)
                : NoSession(id));
        Protect(v2.MapDelete("/sessions/{id}", async (string id, CancellationToken ct) =>
            await sessions.DeleteAsync(id, ct) ? TypedResults.NoContent() : NoSession(id)), writePolicy);
        v2.MapGet("/components", async (string? ids, string? session, CancellationToken ct) =>
        {
            var wanted = ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            var list = await ComponentsAsync(sessions, null, maxRetries, ct);
            return TypedResults.Json<IReadOnlyList<BosComponent>>(
                [.. list.Where(c => (wanted is null || wanted.Contains(c.Id)) && (session is null || c.Session == session))], json.IReadOnlyListBosComponent);
        });
        v2.MapGet("/components/{id}", async (string id, CancellationToken ct) =>
            (await ComponentsAsync(sessions, id, maxRetries, ct)).FirstOrDefault() is { } component
                ? TypedResults.Json(component, json.BosComponent)
                : ApiProblems.NotFound($"no boot session has worked on component {QuotedValue.Of(id)}"));
    }

    private static async Task<IReadOnlyList<BosComponent>> ComponentsAsync(BootSessionService sessions, string? id, int maxRetries, CancellationToken ct)
    {
        var nodes = await sessions.Sessions.ComponentsAsync(id, ct);
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<BosComponent>(nodes.Count);
        foreach (var node in nodes)
        {
            if (!operations.TryGetValue(node.Session, out var operation))
            {
                operation = operations[node.Session] = (await sessions.Sessions.GetAsync(node.Session, ct))?.Operation ?? "boot";
            }

            result.Add(BosMapping.ToBos(node, operation, maxRetries));
        }

        return result;
    }

    private static IResult NoSession(string id) => ApiProblems.NotFound($"no session {QuotedValue.Of(id)}");

    private static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> json, CancellationToken ct)
        where T : class
    {
        RequestBodyLimits.Apply(context, 1 << 20);
        try
        {
            return (await JsonSerializer.DeserializeAsync(context.Request.Body, json, ct) ?? throw new JsonException("the body is null"), null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.Invalid(ex.Path ?? "$", $"the body is not a {typeof(T).Name[3..]}: {ex.Message}"));
        }
        catch (Exception ex) when (RequestBodyLimits.IsTooLarge(ex))
        {
            return (null, RequestBodyLimits.TooLarge(1 << 20, "a BOS body"));
        }
    }

    private static void Protect(RouteHandlerBuilder endpoint, string? policy)
    {
        if (policy is not null)
        {
            endpoint.RequireAuthorization(policy);
        }
    }
}
