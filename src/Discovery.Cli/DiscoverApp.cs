using System.CommandLine;
using Discovery.Cli.Commands;
using Discovery.Text;

namespace Discovery.Cli;

/// <summary>
/// The <c>discover</c> command line. <c>Program</c> calls <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>;
/// tests call it in-process with <see cref="StringWriter"/>s.
/// </summary>
internal static class DiscoverApp
{
    /// <summary>
    /// Parses <paramref name="args"/>, runs the chosen command and returns its exit code (see <see cref="ExitCodes"/>).
    /// Results go to <paramref name="output"/>; progress, summaries and errors to <paramref name="error"/>.
    /// Cancelling <paramref name="cancellationToken"/> (Program.cs ties it to Ctrl-C and SIGTERM) stops the running
    /// command and returns <see cref="ExitCodes.Cancelled"/>.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return RunAsync(args, CliContext.ForProcess(output, error), cancellationToken);
    }

    internal static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        var root = BuildRootCommand(context, new CommonOptions(context));
        var parseResult = root.Parse(args);
        var unknown = UnknownOptions.Find(parseResult);
        if (parseResult.Errors.Count > 0 || unknown.Count > 0)
        {
            // An unknown option is said once as such. The words after it that it left unmatched (it took an argument's
            // place) are not reported too: the option is the mistake.
            string[] explained = [.. unknown, .. unknown.Count > 0 ? parseResult.UnmatchedTokens : []];
            IEnumerable<string> lines = [
                .. unknown.Select(o => $"unknown option {QuotedValue.Of(o)}"),
                .. parseResult.Errors.Select(e => e.Message).Where(m => !explained.Any(w => m.Contains($"'{w}'", StringComparison.Ordinal))),
            ];
            foreach (var line in lines)
            {
                await context.Error.WriteLineAsync($"discover: {line}".AsMemory(), cancellationToken);
            }

            await context.Error.WriteLineAsync($"Run '{UnknownOptions.CommandPath(parseResult)} --help' for usage.".AsMemory(), cancellationToken);
            return ExitCodes.BadInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            // Signals are handled by TerminationSignals (Program.cs), which cancels cancellationToken.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception ex) when (ExitCodes.For(ex) is { } failure)
        {
            foreach (var line in failure.Lines)
            {
                await context.Error.WriteLineAsync($"discover: {line}".AsMemory(), CancellationToken.None);
            }

            return failure.Code;
        }
    }

    internal static RootCommand BuildRootCommand(CliContext context, CommonOptions common)
    {
        var root = new RootCommand("discover: find BMCs, walk their Redfish trees, keep an inventory of the cluster");
        root.Options.Add(common.OutputFormat);
        root.Options.Add(common.StateDir);
        root.Options.Add(common.Verbose);

        // One line per command; each command lives in Commands/<Name>Command.cs.
        Func<CliContext, CommonOptions, Command>[] commands =
        [
            ApplyCommand.Create, BootCommand.Create, CollectCommand.Create, ConfigCommand.Create, CrawlCommand.Create, DeleteCommand.Create, GetCommand.Create,
            HistoryCommand.Create, LocateCommand.Create, LogsCommand.Create, PowerCommand.Create, RunCommand.Create, ScanCommand.Create, SchemasCommand.Create, SendCommand.Create,
            SecretsCommand.Create, ServeCommand.Create, SnapshotCommand.Create, TokenCommand.Create, VersionCommand.Create,
        ];
        foreach (var create in commands)
        {
            root.Subcommands.Add(create(context, common));
        }

        return root;
    }
}
