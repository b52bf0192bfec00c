namespace Discovery.Cli;

/// <summary>
/// What a command needs from its surroundings: where to write, whether those writers are terminals,
/// the environment and the clock. Tests build one with <see cref="StringWriter"/>s.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Standard output: results only, so pipes into jq stay clean.</summary>
    public required TextWriter Output { get; init; }

    /// <summary>Standard error: progress, summaries, warnings and errors.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input, read only by commands that take a secret from it (<c>--password-stdin</c>, <c>secrets set</c>).</summary>
    public TextReader Input { get; init; } = Console.In;

    /// <summary>True when <see cref="Input"/> is an interactive terminal, so a secret can be prompted for without echo.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>True when <see cref="Output"/> is an interactive terminal (tables are drawn only then).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>True when <see cref="Error"/> is an interactive terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Reads an environment variable; tests replace it to avoid touching the real environment.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The home folder, against which a setting's leading <c>~/</c> is expanded.</summary>
    public string? Home => GetEnvironmentVariable("HOME");

    /// <summary>The clock for anything timed.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Builds the context of a real process, detecting terminals for the console writers.</summary>
    public static CliContext ForProcess(TextWriter output, TextWriter error) => new()
    {
        Output = output,
        Error = error,
        // Only the real console can be a terminal; a StringWriter from a test never is.
        OutputIsTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
        ErrorIsTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected,
        InputIsTerminal = ReferenceEquals(output, Console.Out) && !Console.IsInputRedirected,
    };
}
