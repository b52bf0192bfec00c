using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Discovery.Store;
using Microsoft.AspNetCore.Http;

namespace Discovery.Api.Records;

/// <summary>
/// Reads a record from a request body. A record may come without an id (a new one, or one the URL names), and
/// so may its NICs; anything else that does not fit the record's shape, or a list longer than
/// <see cref="RecordListLimits"/> allow, is a 400 naming the JSON path; a body past the size cap is a 413.
/// </summary>
internal static class RecordBody
{
    public static async Task<(T? Record, IResult? Problem)> ReadAsync<T>(
        HttpContext context, RecordKind kind, JsonTypeInfo<T> json, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        RequestBodyLimits.Apply(context, maxBytes);
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return Invalid<T>(kind, [new RecordError(Path(ex.Path), $"the body is not JSON: {ex.Message}")]);
        }
        catch (Exception ex) when (RequestBodyLimits.IsTooLarge(ex))
        {
            return (null, RequestBodyLimits.TooLarge(maxBytes, $"a {RecordKinds.Name(kind)}"));
        }

        if (node is not JsonObject body)
        {
            return Invalid<T>(kind, [new RecordError("$", "the body must be a JSON object")]);
        }

        // Before anything is built from them: a list of 300,000 NICs is refused here, not after taking gigabytes.
        if (RecordListLimits.Check(kind, body) is { Count: > 0 } tooLong)
        {
            return Invalid<T>(kind, tooLong);
        }

        FillIds(body);
        if (body["network_interfaces"] is JsonArray nics)
        {
            foreach (var nic in nics.OfType<JsonObject>())
            {
                FillIds(nic);
            }
        }

        try
        {
            return (body.Deserialize(json), null);
        }
        catch (JsonException ex)
        {
            return Invalid<T>(kind, [new RecordError(Path(ex.Path), ex.Message)]);
        }
    }

    private static (T? Record, IResult? Problem) Invalid<T>(RecordKind kind, IReadOnlyList<RecordError> errors)
        where T : class => (null, ApiProblems.Invalid($"The {RecordKinds.Name(kind)} is not valid.", errors));

    private static void FillIds(JsonObject json)
    {
        if (json["id"] is null)
        {
            json["id"] = Guid.Empty.ToString();
        }
    }

    private static string Path(string? jsonPath) => string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$" : jsonPath.TrimStart('$', '.');
}
