using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Pipeline;
using Discovery.Store;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Cli.Commands;

/// <summary><c>discover logs diff RUN_A RUN_B</c>: BMCs, nodes, NICs and parts added, removed and changed between two runs.</summary>
internal static class LogsDiffCommand
{
    public static Command Create(CliContext context, CommonOptions common, Option<string> logDir)
    {
        var runA = new Argument<string>("run-a") { Description = "The earlier run id (see 'discover logs runs')" };
        var runB = new Argument<string>("run-b") { Description = "The later run id" };
        var command = new Command("diff", "Show BMCs, nodes, NICs and parts added, removed and changed between two runs")
        {
            runA,
            runB,
        };
        command.SetAction((parseResult, cancellationToken) => CrawlLogErrors.TranslateAsync(
            async () =>
            {
                using var query = CrawlLogQuery.Open(parseResult.GetValue(logDir)!);
                var a = parseResult.GetValue(runA)!;
                var b = parseResult.GetValue(runB)!;
                await CrawlLogRuns.RequireAsync(query, [a, b], cancellationToken);

                var diff = await query.DiffAsync(a, b, cancellationToken);
                var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
                if (renderer.Format == OutputFormat.Table)
                {
                    await renderer.WriteListAsync(diff.ToLines(), StorageJsonContext.Default.CrawlDiffLine, CrawlDiffTableColumns.All, cancellationToken);
                }
                else
                {
                    await renderer.WriteItemAsync(diff, StorageJsonContext.Default.CrawlLogDiff, [], cancellationToken);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
