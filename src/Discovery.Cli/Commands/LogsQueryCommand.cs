using System.CommandLine;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Cli.Commands;

/// <summary><c>discover logs query "SQL"</c>: DuckDB SQL over the crawl log's tables (each a view over its Parquet files).</summary>
internal static class LogsQueryCommand
{
    public static Command Create(CliContext context, CommonOptions common, Option<string> logDir)
    {
        var sql = new Argument<string>("sql")
        {
            Description = "DuckDB SQL over the tables runs, scans, responses, nodes, bmcs, nics (each has a 'date' column)",
        };
        var csv = new Option<bool>("--csv") { Description = "Write CSV (RFC 4180, with a header row) instead of the -o format" };
        var command = new Command("query", "Run DuckDB SQL over the crawl log")
        {
            sql,
            csv,
        };
        command.SetAction((parseResult, cancellationToken) => CrawlLogErrors.TranslateAsync(
            async () =>
            {
                using var query = CrawlLogQuery.Open(parseResult.GetValue(logDir)!);
                var result = await query.QueryAsync(parseResult.GetValue(sql)!, cancellationToken);
                var output = new LogsQueryOutput(context);
                if (parseResult.GetValue(csv))
                {
                    await output.WriteCsvAsync(result, cancellationToken);
                }
                else
                {
                    await output.WriteAsync(result, parseResult.GetValue(common.OutputFormat), cancellationToken);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
