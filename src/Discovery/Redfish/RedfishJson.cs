using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Discovery.Redfish;

/// <summary>
/// How every Redfish body is read, by the scan's probe and the collector alike, so both accept the same
/// documents: one JSON object, tolerant of trailing commas, comments and a byte-order mark, which embedded web
/// servers emit and which say nothing about whether the body is Redfish.
/// </summary>
internal static partial class RedfishJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = Options.AllowTrailingCommas,
        CommentHandling = Options.CommentHandling,
    };

    /// <summary>
    /// The UTF-8 body as a JSON object, parsed from the bytes as read (no UTF-16 round trip), with the answer
    /// <see cref="ParseObject(string?)"/> gives for <paramref name="text"/>, the same body decoded: a body the
    /// bytes alone cannot settle (other leading whitespace, invalid UTF-8, malformed) is left to the text.
    /// </summary>
    public static JsonElement? ParseObject(ReadOnlyMemory<byte> utf8, string? text)
    {
        var span = utf8.Span;
        var start = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < span.Length && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        // The byte parser checks UTF-8 only when a string is read (mapping would then throw): invalid UTF-8, which
        // decoding replaces with U+FFFD, goes the text's way.
        if (start < span.Length && span[start] == (byte)'{' && Utf8.IsValid(span) && !MayEscapeSurrogates(span))
        {
            // Read into a document of its own (ParseValue), not parsed into pooled buffers and then cloned out of
            // them: one copy of each body instead of two on the collector's hottest path (issue 14). A value that is
            // followed by more than whitespace and comments is what JsonDocument.Parse refuses: the text decides.
            var reader = new Utf8JsonReader(span[start..], ReaderOptions);
            try
            {
                var element = JsonElement.ParseValue(ref reader);
                if (!reader.Read())
                {
                    return element;
                }
            }
            catch (JsonException)
            {
                // Malformed: the text decides, as it always did.
            }
        }

        return ParseObject(text);
    }

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
            using var document = JsonDocument.Parse(RepairSurrogateEscapes(text).AsMemory(start), Options);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="json"/> with each escaped half of a surrogate pair (<c>"\udddd"</c> alone: valid JSON, which .NET
    /// refuses to decode) replaced by an escaped U+FFFD; whole pairs, and escaped backslashes before a <c>u</c>, stay.
    /// In a value the half would lose that value; in a property name it made every lookup in its object throw (found
    /// by scripts/fuzz.sh), and the BMC was lost. What a BMC reports is kept, with U+FFFD for the half.
    /// </summary>
    public static string RepairSurrogateEscapes(string json) =>
        // Replace hands back the text itself when nothing matches; the Contains spares escape-free bodies the regex.
        json.Contains("\\u", StringComparison.Ordinal) ? SurrogateEscape().Replace(json, m => m.Length == 12 ? m.Value : "\\uFFFD") : json;

    /// <summary>Whether <paramref name="utf8"/> may hold an escaped surrogate (<c>\uD8..</c> to <c>\uDF..</c>), which the text path repairs.</summary>
    private static bool MayEscapeSurrogates(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOf("\\ud"u8) >= 0 || utf8.IndexOf("\\uD"u8) >= 0;

    // After an even number of backslashes (an escaped backslash is text): a high-low pair (kept), else one half alone.
    [GeneratedRegex(@"(?<=(?:^|[^\\])(?:\\\\)*)(?:\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[dD][89a-fA-F][0-9a-fA-F]{2})")]
    private static partial Regex SurrogateEscape();
}
