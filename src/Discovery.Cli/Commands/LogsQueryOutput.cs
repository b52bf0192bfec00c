using System.Text.Json;
using Discovery.Cli.Output;
using Discovery.CrawlLog.Analysis;
using Discovery.Text;
using Discovery.Yaml;

namespace Discovery.Cli.Commands;

/// <summary>
/// Prints a <see cref="CrawlLogQueryResult"/> in the <c>-o</c> format or as CSV (<see cref="QueryResultText"/>): its
/// columns are only known at run time, so it cannot go through the record-typed <see cref="OutputRenderer"/>.
/// Tables are plain aligned columns; yaml is the JSON's data.
/// </summary>
internal sealed class LogsQueryOutput(CliContext context)
{
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
                await WriteLinesAsync(QueryResultText.JsonLines(result), cancellationToken);
                break;
            case OutputFormat.Yaml:
                using (var document = JsonDocument.Parse(QueryResultText.JsonArray(result, indented: false)))
                {
                    YamlJsonWriter.Write(output, document.RootElement);
                }

                break;
            default:
                await output.WriteLineAsync(QueryResultText.JsonArray(result, indented: true).AsMemory(), cancellationToken);
                break;
        }

        await output.FlushAsync(cancellationToken);
    }

    public async Task WriteCsvAsync(CrawlLogQueryResult result, CancellationToken cancellationToken)
    {
        await WriteLinesAsync(QueryResultText.CsvLines(result), cancellationToken);
        await context.Output.FlushAsync(cancellationToken);
    }

    private async Task WriteLinesAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            await context.Output.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }
}
