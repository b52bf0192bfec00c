using System.Globalization;
using System.Text.Json;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// How a value of a <see cref="CrawlLogQueryResult"/> (what DuckDB hands back: strings, numbers, HUGEINT as
/// <see cref="Int128"/>, BLOB as bytes, TIMESTAMP as a UTC <see cref="DateTime"/>) reads as text and as JSON,
/// the same in every output format.
/// </summary>
internal static class QueryValues
{
    /// <summary>True for the values a table aligns to the right.</summary>
    public static bool IsNumber(object? value) => value is int or long or double or Int128;

    /// <summary>The value as text (null stays null): invariant numbers, timestamps to the microsecond, BLOBs as <c>\x</c> hex.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        byte[] bytes => "\\x" + Convert.ToHexString(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Writes one row as a JSON object of its columns: numbers stay numbers, timestamps are ISO 8601 UTC.</summary>
    public static void WriteRow(Utf8JsonWriter writer, IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(row);
        writer.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            writer.WritePropertyName(columns[i]);
            switch (row[i])
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case bool b:
                    writer.WriteBooleanValue(b);
                    break;
                case int n:
                    writer.WriteNumberValue(n);
                    break;
                case long n:
                    writer.WriteNumberValue(n);
                    break;
                case double d when double.IsFinite(d):
                    writer.WriteNumberValue(d);
                    break;
                case Int128 h:
                    writer.WriteRawValue(h.ToString(CultureInfo.InvariantCulture));
                    break;
                case DateTime t:
                    writer.WriteStringValue(DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
                    break;
                case byte[] bytes:
                    writer.WriteBase64StringValue(bytes);
                    break;
                default:
                    writer.WriteStringValue(Text(row[i]));
                    break;
            }
        }

        writer.WriteEndObject();
    }
}
