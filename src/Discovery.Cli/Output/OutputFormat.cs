namespace Discovery.Cli.Output;

/// <summary>How a command renders its results on standard output.</summary>
internal enum OutputFormat
{
    /// <summary>A table on a terminal, JSON when standard output is a pipe or file.</summary>
    Auto,

    /// <summary>A human-readable table (drawn with Spectre.Console on a terminal, plain columns otherwise).</summary>
    Table,

    /// <summary>One JSON array (snake_case field names).</summary>
    Json,

    /// <summary>One JSON object per line, for streaming into jq or DuckDB's read_json.</summary>
    Jsonl,

    /// <summary>A YAML sequence with the same field names as JSON.</summary>
    Yaml,

    /// <summary>A table with more columns (<c>discover get</c>; other commands draw their usual table).</summary>
    Wide,
}
