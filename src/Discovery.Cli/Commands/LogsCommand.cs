using System.CommandLine;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.CrawlLog;

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
}
