using System.CommandLine;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.CrawlLog;
using Discovery.CrawlLog.Analysis;
using DuckDB.NET.Data;

namespace Discovery.Cli.Commands;

/// <summary><c>discover logs</c>: offline analysis of the crawl log (query, runs, diff, replay); never touches a BMC.</summary>
internal static class LogsCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        // The log.dir setting's own option (help from the table), recursive over the subcommands.
        var logDir = SettingOption.Recursive(SettingKeys.LogDir, () => CrawlLogDirectory.ResolveDefault(context.GetEnvironmentVariable));
        var command = new Command("logs", "Analyse the crawl log (Parquet) offline with DuckDB SQL");
        command.Options.Add(logDir);
        command.Subcommands.Add(LogsQueryCommand.Create(context, common, logDir));
        command.Subcommands.Add(LogsRunsCommand.Create(context, common, logDir));
        command.Subcommands.Add(LogsDiffCommand.Create(context, common, logDir));
        command.Subcommands.Add(LogsReplayCommand.Create(context, common, logDir));
        return command;
    }

    /// <summary>
    /// Runs an analysis step, mapping DuckDB's errors (bad SQL) and refused SQL (not a query, or outside the log
    /// folder) to usage errors and I/O to local failures.
    /// </summary>
    internal static async Task<int> RunAsync(CliContext context, Func<Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action();
        }
        catch (CrawlLogQueryRefusedException ex)
        {
            await context.Error.WriteLineAsync($"discover: logs query: {ex.Message}".AsMemory(), CancellationToken.None);
            return ExitCodes.BadInput;
        }
        catch (DuckDBException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"discover: {ex.Message}".AsMemory(), CancellationToken.None);
            return ExitCodes.BadInput;
        }
        catch (IOException ex)
        {
            await context.Error.WriteLineAsync($"discover: crawl log: {ex.Message}".AsMemory(), CancellationToken.None);
            return ExitCodes.LocalFailure;
        }
    }
}
