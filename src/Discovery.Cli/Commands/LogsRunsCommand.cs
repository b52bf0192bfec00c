using System.CommandLine;
using System.Globalization;
using Discovery.Cli.Output;
using Discovery.Store;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Cli.Commands;

/// <summary><c>discover logs runs</c>: the runs in the crawl log (incomplete = the process died mid-run).</summary>
internal static class LogsRunsCommand
{
    private static readonly TableColumn<CrawlRunInfo>[] Columns =
    [
        new("Run", r => r.RunId),
        new("Kind", r => r.Kind),
        new("Status", r => r.Status),
        new("Started", r => r.StartedAt?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("Ended", r => r.EndedAt?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("Scans", r => r.Scans.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Responses", r => r.Responses.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("BMCs", r => r.Bmcs.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("Nodes", r => r.Nodes.ToString(CultureInfo.InvariantCulture), AlignRight: true),
        new("NICs", r => r.Nics.ToString(CultureInfo.InvariantCulture), AlignRight: true),
    ];

    public static Command Create(CliContext context, CommonOptions common, Option<string> logDir)
    {
        var command = new Command("runs", "List the runs in the crawl log");
        command.SetAction((parseResult, cancellationToken) => LogsCommand.RunAsync(
            context,
            async () =>
            {
                using var query = CrawlLogQuery.Open(parseResult.GetValue(logDir)!);
                var runs = await query.ListRunsAsync(cancellationToken);
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                await renderer.WriteListAsync(runs, StorageJsonContext.Default.CrawlRunInfo, Columns, cancellationToken);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
