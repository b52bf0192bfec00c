using System.Text.Json.Serialization;

namespace Discovery.Smd.Payloads;

/// <summary>SMD's RFC 7807 error body: <c>{"type":"about:blank","title":"Conflict","detail":"...","status":409}</c>.</summary>
internal sealed record SmdProblem
{
    /// <summary>Problem type, <c>about:blank</c> in SMD.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The HTTP status text.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>What went wrong, in SMD's words.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>The HTTP status.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }
}
