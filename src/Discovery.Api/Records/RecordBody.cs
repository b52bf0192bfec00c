using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Discovery.Store;
using Microsoft.AspNetCore.Http;

namespace Discovery.Api.Records;

/// <summary>
/// Reads a record from a request body. A record may come without an id (a new one, or one the URL names), and
/// so may its NICs; anything else that does not fit the record's shape is a 400 naming the JSON path.
/// </summary>
internal static class RecordBody
{
    public static async Task<(T? Record, IReadOnlyList<RecordError> Errors)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> json, CancellationToken cancellationToken)
        where T : class
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, [new RecordError(Path(ex.Path), $"the body is not JSON: {ex.Message}")]);
        }

        if (node is not JsonObject body)
        {
            return (null, [new RecordError("$", "the body must be a JSON object")]);
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
            return (body.Deserialize(json), []);
        }
        catch (JsonException ex)
        {
            return (null, [new RecordError(Path(ex.Path), ex.Message)]);
        }
    }

    private static void FillIds(JsonObject json)
    {
        if (json["id"] is null)
        {
            json["id"] = Guid.Empty.ToString();
        }
    }

    private static string Path(string? jsonPath) => string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$" : jsonPath.TrimStart('$', '.');
}
