using System.CommandLine;
using Discovery.Cli.Pipeline;

namespace Discovery.Cli.Commands;

/// <summary>
/// Where <c>send</c> takes its records from: a collect run of the crawl log (<c>RUN</c>, default the newest
/// collect run, in <c>--log-dir</c>). Every source ends in <see cref="LoadAsync"/>, the one seam a new source
/// (the inventory store) is added to.
/// </summary>
internal sealed class SendSourceOptions
{
    private readonly CrawlLogOptions _log;

    public SendSourceOptions(CliContext context) => _log = new CrawlLogOptions(context);

    public Argument<string> Run { get; } = new("RUN")
    {
        Description = "The collect run whose BMCs to send (see 'discover logs runs'); default: the newest collect run",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(Run);
        command.Options.Add(_log.LogDir);
    }

    /// <summary>The records to send; a missing or unusable source is a <see cref="CliUsageException"/>.</summary>
    public async Task<SendSource> LoadAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var (runId, inventories) = await CrawlLogSource.LoadAsync(parseResult.GetRequiredValue(_log.LogDir), parseResult.GetValue(Run), cancellationToken);
        return new SendSource($"collect run {runId}", inventories);
    }
}
