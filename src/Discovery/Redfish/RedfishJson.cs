using System.Text.Json;

namespace Discovery.Redfish;

/// <summary>
/// How every Redfish body is read, by the scan's probe and the collector alike, so both accept the same
/// documents: one JSON object, tolerant of trailing commas, comments and a byte-order mark, which embedded web
/// servers emit and which say nothing about whether the body is Redfish.
/// </summary>
internal static class RedfishJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The body as a JSON object, or null when it is empty, not JSON, or not an object.</summary>
    public static JsonElement? ParseObject(string? text)
    {
        var start = text is null ? 0 : text.Length - text.AsSpan().TrimStart('\uFEFF').TrimStart().Length;
        if (text is null || start == text.Length || text[start] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text.AsMemory(start), Options);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
