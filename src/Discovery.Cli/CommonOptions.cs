using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Configuration;
using Discovery.Text;

namespace Discovery.Cli;

/// <summary>Options every command understands; declared once on the root command as recursive options.</summary>
internal sealed class CommonOptions
{
    public CommonOptions(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        OutputFormat = new Option<OutputFormat>("--output", "-o")
        {
            Description = "Output format: table, wide, json, jsonl or yaml (default: table on a terminal, json otherwise)",
            HelpName = "table|wide|json|jsonl|yaml",
            Recursive = true,
            DefaultValueFactory = _ => Output.OutputFormat.Auto,
            CustomParser = result => ParseFormat(result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value, result),
        };
        StateDir = new Option<string>("--state-dir")
        {
            Description = $"Directory for state such as the last scan (env {StateDirectory.EnvironmentVariable}, default $XDG_STATE_HOME/discover or ~/.local/state/discover)",
            HelpName = "DIR",
            Recursive = true,
            DefaultValueFactory = _ => StateDirectory.ResolveDefault(context.GetEnvironmentVariable),
        };
    }

    /// <summary><c>-o, --output</c>.</summary>
    public Option<OutputFormat> OutputFormat { get; }

    /// <summary><c>-v, --verbose</c>: the log level <c>debug</c> unless <c>--log-level</c> says otherwise.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Say on stderr what the command is doing (log level debug; see --log-level and DISCOVER_LOG_LEVEL)",
        Recursive = true,
    };

    /// <summary><c>--state-dir</c>.</summary>
    public Option<string> StateDir { get; }

    private static OutputFormat ParseFormat(string value, System.CommandLine.Parsing.ArgumentResult result)
    {
        var format = value.ToLowerInvariant() switch
        {
            "table" => Output.OutputFormat.Table,
            "json" => Output.OutputFormat.Json,
            "jsonl" or "ndjson" => Output.OutputFormat.Jsonl,
            "yaml" or "yml" => Output.OutputFormat.Yaml,
            "wide" => Output.OutputFormat.Wide,
            _ => Output.OutputFormat.Auto,
        };
        if (format == Output.OutputFormat.Auto)
        {
            result.AddError($"{QuotedValue.Of(value)} is not an output format; use table, wide, json, jsonl or yaml.");
        }

        return format;
    }
}
