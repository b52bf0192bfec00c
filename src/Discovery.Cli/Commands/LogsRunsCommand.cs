using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Store;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Cli.Commands;

/// <summary><c>discover logs runs</c>: the runs in the crawl log (incomplete = the process died mid-run).</summary>
internal static class LogsRunsCommand
{
    public static Command Create(CliContext context, CommonOptions common, Option<string> logDir)
    {
        var command = new Command("runs", "List the runs in the crawl log");
        command.SetAction((parseResult, cancellationToken) => CrawlLogErrors.TranslateAsync(
            async () =>
            {
                using var query = CrawlLogQuery.Open(parseResult.GetValue(logDir)!);
                var runs = await query.ListRunsAsync(cancellationToken);
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                await renderer.WriteListAsync(runs, StorageJsonContext.Default.CrawlRunInfo, CrawlRunTableColumns.All, cancellationToken);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
