using System.CommandLine;
using Discovery.CrawlLog;

namespace Discovery.Cli.Pipeline;

/// <summary><c>--log-dir</c> and <c>--no-log</c> for the commands that write the crawl log (scan, collect, crawl).</summary>
internal sealed class CrawlLogOptions
{
    public CrawlLogOptions(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        LogDir = new Option<string>("--log-dir")
        {
            Description = $"Crawl log directory (env {CrawlLogDirectory.EnvironmentVariable}, default $XDG_DATA_HOME/discover/logs or ~/.local/share/discover/logs)",
            HelpName = "DIR",
            DefaultValueFactory = _ => CrawlLogDirectory.ResolveDefault(context.GetEnvironmentVariable),
        };
    }

    public Option<string> LogDir { get; }

    public Option<bool> NoLog { get; } = new("--no-log") { Description = "Do not write the crawl log" };

    public IEnumerable<Option> All => [LogDir, NoLog];

    /// <summary>The log directory to write, or null with <c>--no-log</c>.</summary>
    public string? Directory(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(NoLog) ? null : parseResult.GetValue(LogDir);
    }
}
