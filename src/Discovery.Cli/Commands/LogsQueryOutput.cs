using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Discovery.Cli.Output;
using Discovery.Yaml;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Cli.Commands;

/// <summary>
/// Prints a <see cref="CrawlLogQueryResult"/>: its columns are only known at run time, so it cannot go through
/// the record-typed <see cref="OutputRenderer"/>. Tables are plain aligned columns; JSON is an array of objects
/// (jsonl one per line, yaml the same data); CSV follows RFC 4180.
/// </summary>
internal sealed class LogsQueryOutput(CliContext context)
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(CrawlLogQueryResult result, OutputFormat format, CancellationToken cancellationToken)
    {
        var output = context.Output;
        switch (new OutputRenderer(context, format).Format)
        {
            case OutputFormat.Table:
                var columns = result.Columns.Select((name, i) => new TableColumn<IReadOnlyList<object?>>(
                    name, row => Text(row[i]), result.Rows.Count > 0 && result.Rows[0][i] is int or long or double or Int128)).ToList();
                PlainTable.Write(output, result.Rows, columns);
                break;
            case OutputFormat.Jsonl:
                foreach (var row in result.Rows)
                {
                    await output.WriteLineAsync(Json(w => WriteRow(w, result.Columns, row), Compact).AsMemory(), cancellationToken);
                }

                break;
            case OutputFormat.Yaml:
                using (var document = JsonDocument.Parse(Json(w => WriteRows(w, result), Compact)))
                {
                    YamlJsonWriter.Write(output, document.RootElement);
                }

                break;
            default:
                await output.WriteLineAsync(Json(w => WriteRows(w, result), Indented).AsMemory(), cancellationToken);
                break;
        }

        await output.FlushAsync(cancellationToken);
    }

    public async Task WriteCsvAsync(CrawlLogQueryResult result, CancellationToken cancellationToken)
    {
        var output = context.Output;
        await output.WriteLineAsync(string.Join(',', result.Columns.Select(Csv)).AsMemory(), cancellationToken);
        foreach (var row in result.Rows)
        {
            await output.WriteLineAsync(string.Join(',', row.Select(v => v is null ? string.Empty : Csv(Text(v)))).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    internal static string? Text(object? value) => value switch
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

    private static void WriteRows(Utf8JsonWriter writer, CrawlLogQueryResult result)
    {
        writer.WriteStartArray();
        foreach (var row in result.Rows)
        {
            WriteRow(writer, result.Columns, row);
        }

        writer.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter writer, IReadOnlyList<string> columns, IReadOnlyList<object?> row)
    {
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
