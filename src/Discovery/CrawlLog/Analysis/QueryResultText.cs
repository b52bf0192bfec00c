using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// A <see cref="CrawlLogQueryResult"/> as text: its columns are only known at run time, so it cannot go through
/// source-generated JSON. JSON is an array of objects (or one object per line); CSV follows RFC 4180.
/// </summary>
internal static class QueryResultText
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The rows as one JSON array of objects keyed by column name.</summary>
    public static string JsonArray(CrawlLogQueryResult result, bool indented)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Json(
            writer =>
            {
                writer.WriteStartArray();
                foreach (var row in result.Rows)
                {
                    QueryValues.WriteRow(writer, result.Columns, row);
                }

                writer.WriteEndArray();
            },
            indented ? Indented : Compact);
    }

    /// <summary>One compact JSON object per row.</summary>
    public static IEnumerable<string> JsonLines(CrawlLogQueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Rows.Select(row => Json(w => QueryValues.WriteRow(w, result.Columns, row), Compact));
    }

    /// <summary>The header row, then one line per row; a null is an empty field, a field with a comma, quote or line break is quoted.</summary>
    public static IEnumerable<string> CsvLines(CrawlLogQueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return string.Join(',', result.Columns.Select(Csv));
        foreach (var row in result.Rows)
        {
            yield return string.Join(',', row.Select(v => v is null ? string.Empty : Csv(QueryValues.Text(v))));
        }
    }

    private static string Csv(string? text) =>
        text is null ? string.Empty
        : text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;

    private static string Json(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
