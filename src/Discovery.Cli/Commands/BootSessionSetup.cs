using System.CommandLine;
using Discovery.Boot.Sessions;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Microsoft.Extensions.Logging;

namespace Discovery.Cli.Commands;

/// <summary>
/// What <c>discover serve</c> and <c>discover boot session</c> share to run sessions: the per-node timing options,
/// and the <see cref="BootSessionEnvironment"/> they make with the settings (<see cref="BootSessionServices"/> builds the service).
/// </summary>
internal sealed class BootSessionSetup
{
    private readonly Option<TimeSpan> _powerTimeout = BoundedOption.Duration(
        "--power-timeout", "How long a node may take to reach its power target after a reset", TimeSpan.FromSeconds(1), TimeSpan.FromHours(2), TimeSpan.FromMinutes(5));

    private readonly Option<TimeSpan> _poll = BoundedOption.Duration(
        "--poll-interval", "Time between PowerState reads while waiting", TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(2));

    private readonly Option<long?> _retries = BoundedOption.Integer("--node-retries", "Times a failed node is tried again (default 3)", 0, 100);

    private readonly Option<TimeSpan> _backoff = BoundedOption.Duration(
        "--retry-backoff", "Wait before a node's first retry, doubled for each next one", TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1), TimeSpan.FromSeconds(10));

    public void AddTo(Command command)
    {
        command.Options.Add(_powerTimeout);
        command.Options.Add(_poll);
        command.Options.Add(_retries);
        command.Options.Add(_backoff);
    }

    /// <summary>
    /// The environment sessions run in: the settings, the timing asked for (the poll interval is also that of
    /// <c>--wait</c> against a server), this process's BMC credentials.
    /// </summary>
    public BootSessionEnvironment Environment(CliContext context, EffectiveSettings effective, ParseResult parseResult, ILoggerFactory loggers) => new()
    {
        Settings = effective,
        Home = context.Home,
        Time = context.TimeProvider,
        Timing = new BootSessionOptions
        {
            PowerTimeout = parseResult.GetValue(_powerTimeout),
            PollInterval = parseResult.GetValue(_poll),
            MaxRetries = (int?)parseResult.GetValue(_retries) ?? 3,
            Backoff = parseResult.GetValue(_backoff),
        },
        Credentials = async (request, cancellationToken) => await CliCredentials.CreateProviderAsync(context, request, loggers, cancellationToken),
        Loggers = loggers,
    };
}
