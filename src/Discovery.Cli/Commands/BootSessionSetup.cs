using System.CommandLine;
using Discovery.Boot.Sessions;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.Pipeline;
using Discovery.Store;
using Microsoft.Extensions.Logging;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// What <c>discover serve</c> and <c>discover boot session create</c> share to run sessions: the settings that reach
/// BSS, cloud-init and the BMCs, the per-node timing options, and building the <see cref="BootSessionService"/>.
/// </summary>
internal sealed class BootSessionSetup
{
    /// <summary>The settings sessions read (services, token, BMC credentials and TLS).</summary>
    public static readonly string[] Keys =
    [
        BootBssUrl, BootCloudInitUrl, SmdToken, SmdTokenFile, RequestTimeout, Retries, PerBmc, CaCert, Pin,
        Username, Password, PasswordFile, SecretsStoreEnabled, SecretsStoreFile, SecretsKeyFile, StateDir,
    ];

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

    /// <summary>The PowerState poll interval asked for, also the interval of <c>--wait</c> against a server.</summary>
    public TimeSpan PollInterval(ParseResult parseResult) => parseResult.GetValue(_poll);

    /// <summary>A session service over <paramref name="store"/>; the caller disposes it before the store.</summary>
    public async Task<BootSessionService> CreateAsync(
        CliContext context, EffectiveSettings effective, ParseResult parseResult, InventoryStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var token = await JobPlans.SecretAsync(effective, context.Home, SmdTokenFile, SmdToken, errors, cancellationToken);
        var client = JobPlans.Client(effective, context.Home, errors);
        JobPlans.ThrowIfAny(errors);
        var options = new BootSessionOptions
        {
            BssUrl = effective.Text(BootBssUrl) is { } bss ? new Uri(bss) : null,
            CloudInitUrl = effective.Text(BootCloudInitUrl) is { } cloudInit ? new Uri(cloudInit) : null,
            Token = token,
            Client = client,
            PowerTimeout = parseResult.GetValue(_powerTimeout),
            PollInterval = parseResult.GetValue(_poll),
            MaxRetries = (int?)parseResult.GetValue(_retries) ?? 3,
            Backoff = parseResult.GetValue(_backoff),
        };
        var credentials = await CliCredentials.CreateProviderAsync(context, JobPlans.Credentials(effective, context.Home), loggers, cancellationToken);
        var sessions = new BootSessionStore(store);
        return new BootSessionService(sessions, new BootSessionRunner(sessions, options, credentials, context.TimeProvider, loggers));
    }
}
