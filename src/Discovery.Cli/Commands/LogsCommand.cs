using System.CommandLine;
using Discovery.CrawlLog;
using DuckDB.NET.Data;

namespace Discovery.Cli.Commands;

/// <summary><c>discover logs</c>: offline analysis of the crawl log (query, runs, diff, replay); never touches a BMC.</summary>
internal static class LogsCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var logDir = new Option<string>("--log-dir")
        {
            Description = $"Crawl log directory (env {CrawlLogDirectory.EnvironmentVariable}, default $XDG_DATA_HOME/discover/logs or ~/.local/share/discover/logs)",
            HelpName = "DIR",
            Recursive = true,
            DefaultValueFactory = _ => CrawlLogDirectory.ResolveDefault(context.GetEnvironmentVariable),
        };
        var command = new Command("logs", "Analyse the crawl log (Parquet) offline with DuckDB SQL");
        command.Options.Add(logDir);
        command.Subcommands.Add(LogsQueryCommand.Create(context, common, logDir));
        command.Subcommands.Add(LogsRunsCommand.Create(context, common, logDir));
        command.Subcommands.Add(LogsDiffCommand.Create(context, common, logDir));
        command.Subcommands.Add(LogsReplayCommand.Create(context, common, logDir));
        return command;
    }

    /// <summary>Runs an analysis step, mapping DuckDB's errors (bad SQL) to usage errors and I/O to local failures.</summary>
    internal static async Task<int> RunAsync(CliContext context, Func<Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action();
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
