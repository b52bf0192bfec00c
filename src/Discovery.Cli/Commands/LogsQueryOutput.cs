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
                    name, row => QueryValues.Text(row[i]), result.Rows.Count > 0 && QueryValues.IsNumber(result.Rows[0][i]))).ToList();
                PlainTable.Write(output, result.Rows, columns);
                break;
            case OutputFormat.Jsonl:
                foreach (var row in result.Rows)
                {
                    await output.WriteLineAsync(Json(w => QueryValues.WriteRow(w, result.Columns, row), Compact).AsMemory(), cancellationToken);
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
            await output.WriteLineAsync(string.Join(',', row.Select(v => v is null ? string.Empty : Csv(QueryValues.Text(v)))).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
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

    private static void WriteRows(Utf8JsonWriter writer, CrawlLogQueryResult result)
    {
        writer.WriteStartArray();
        foreach (var row in result.Rows)
        {
            QueryValues.WriteRow(writer, result.Columns, row);
        }

        writer.WriteEndArray();
    }
}
