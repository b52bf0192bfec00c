using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Discovery.Yaml;
using Spectre.Console;
using Discovery.Text;

namespace Discovery.Cli.Output;

/// <summary>
/// Renders command results on standard output in the format chosen with <c>-o</c>. Commands hand it their
/// records, the source-generated <see cref="JsonTypeInfo{T}"/> and the table columns; nothing else formats.
/// </summary>
internal sealed class OutputRenderer
{
    private static readonly JsonWriterOptions IndentedWriter = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions CompactWriter = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly CliContext _context;

    public OutputRenderer(CliContext context, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        Format = format == OutputFormat.Auto
            ? (context.OutputIsTerminal ? OutputFormat.Table : OutputFormat.Json)
            : format;
    }

    /// <summary>The effective format (<see cref="OutputFormat.Auto"/> resolved against the terminal).</summary>
    public OutputFormat Format { get; }

    /// <summary>Writes a list of records (a JSON array, one line each in jsonl, a YAML sequence, or a table).</summary>
    public async Task WriteListAsync<T>(
        IReadOnlyList<T> items,
        JsonTypeInfo<T> typeInfo,
        IReadOnlyList<TableColumn<T>> columns,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(columns);
        var output = _context.Output;
        switch (Format)
        {
            case OutputFormat.Table:
            case OutputFormat.Wide:
                WriteTable(items, columns);
                break;
            case OutputFormat.Jsonl:
                foreach (var item in items)
                {
                    await output.WriteLineAsync(SerializeLine(item, typeInfo).AsMemory(), cancellationToken);
                }

                break;
            case OutputFormat.Yaml:
                YamlJsonWriter.Write(output, ToElement(items, typeInfo));
                break;
            default:
                await output.WriteLineAsync(SerializeArray(items, typeInfo).AsMemory(), cancellationToken);
                break;
        }

        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Writes one record (a JSON object, a YAML mapping, or a one-row table).</summary>
    public async Task WriteItemAsync<T>(
        T item,
        JsonTypeInfo<T> typeInfo,
        IReadOnlyList<TableColumn<T>> columns,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(columns);
        var output = _context.Output;
        switch (Format)
        {
            case OutputFormat.Table:
            case OutputFormat.Wide:
                WriteTable([item], columns);
                break;
            case OutputFormat.Yaml:
                YamlJsonWriter.Write(output, JsonSerializer.SerializeToElement(item, typeInfo));
                break;
            case OutputFormat.Jsonl:
                await output.WriteLineAsync(SerializeLine(item, typeInfo).AsMemory(), cancellationToken);
                break;
            default:
                await output.WriteLineAsync(Serialize(item, typeInfo, IndentedWriter).AsMemory(), cancellationToken);
                break;
        }

        await output.FlushAsync(cancellationToken);
    }

    /// <summary>One record as a single line of compact JSON (for streaming jsonl).</summary>
    public static string SerializeLine<T>(T item, JsonTypeInfo<T> typeInfo) => Serialize(item, typeInfo, CompactWriter);

    private static string Serialize<T>(T item, JsonTypeInfo<T> typeInfo, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            JsonSerializer.Serialize(writer, item, typeInfo);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string SerializeArray<T>(IReadOnlyList<T> items, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, IndentedWriter))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                JsonSerializer.Serialize(writer, item, typeInfo);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static JsonElement ToElement<T>(IReadOnlyList<T> items, JsonTypeInfo<T> typeInfo)
    {
        using var document = JsonDocument.Parse(SerializeArray(items, typeInfo));
        return document.RootElement.Clone();
    }

    private void WriteTable<T>(IReadOnlyList<T> items, IReadOnlyList<TableColumn<T>> columns)
    {
        if (_context.OutputIsTerminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_context.Output) });
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in columns)
            {
                var tableColumn = new TableColumn(Markup.Escape(column.Header));
                table.AddColumn(column.AlignRight ? tableColumn.RightAligned() : tableColumn);
            }

            foreach (var item in items)
            {
                table.AddRow(columns.Select(c => Markup.Escape(c.Value(item) ?? string.Empty)).ToArray());
            }

            console.Write(table);
            return;
        }

        PlainTable.Write(_context.Output, items, columns);
    }
}
