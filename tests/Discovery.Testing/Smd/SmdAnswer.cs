using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Discovery.Testing.Smd;

/// <summary>What the double answers: a status and, perhaps, a body and a Location.</summary>
internal sealed record SmdAnswer(int Status, string? Body = null, string ContentType = "application/json", string? Location = null)
{
    /// <summary>A JSON body.</summary>
    public static SmdAnswer Json(int status, JsonNode? body, string? location = null) =>
        new(status, body?.ToJsonString() ?? "null", Location: location);

    /// <summary>SMD's RFC 7807 error: <c>{"type":"about:blank","title":"Conflict","detail":"...","status":409}</c>.</summary>
    public static SmdAnswer Problem(int status, string detail) => Json(status, new JsonObject
    {
        ["type"] = "about:blank",
        ["title"] = ReasonPhrases.GetReasonPhrase(status),
        ["detail"] = detail,
        ["status"] = status,
    });

    /// <summary>SMD's non-error message: <c>{"code":0,"message":"..."}</c>.</summary>
    public static SmdAnswer Message(int status, string message) => Json(status, new JsonObject { ["code"] = 0, ["message"] = message });

    /// <summary>A plain-text answer (the router's 404, the JWT middleware's 401, the panic recoverer's 500).</summary>
    public static SmdAnswer Text(int status, string text) => new(status, text + "\n", "text/plain; charset=utf-8");
}
