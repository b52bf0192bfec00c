namespace Discovery.Cli.Tests;

/// <summary>A CliContext over StringWriters with a scripted environment, for in-process runs.</summary>
internal sealed class CliTestContext
{
    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    /// <summary>The scripted environment; starts with the isolated default folders so no test writes to the user's own.</summary>
    public Dictionary<string, string> Environment { get; } = new(Discovery.Testing.IsolatedUserFolders.Variables, StringComparer.Ordinal);

    /// <summary>What the command reads as standard input.</summary>
    public TextReader Input { get; set; } = TextReader.Null;

    public CliContext Build(bool terminal = false) => new()
    {
        Output = Output,
        Error = Error,
        Input = Input,
        OutputIsTerminal = terminal,
        ErrorIsTerminal = terminal,
        GetEnvironmentVariable = name => Environment.TryGetValue(name, out var value) ? value : null,
    };

    public Task<int> RunAsync(params string[] args) =>
        DiscoverApp.RunAsync(args, Build(), TestContext.Current.CancellationToken);
}
