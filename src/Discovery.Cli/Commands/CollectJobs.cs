using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>What collect and crawl share: their settings, the request built from them, and the call of <see cref="CollectJob"/>.</summary>
internal static class CollectJobs
{
    /// <summary>The settings of crawl; collect adds <c>collect.parallel</c> and the SMD ones.</summary>
    public static readonly string[] CrawlKeys =
    [
        Profile, IdMap, LocateMap, UplinkMacs, RequestTimeout, Retries, PerBmc, CaCert, Pin,
        Username, Password, PasswordFile, PasswordStdin, SecretsStoreEnabled, SecretsStoreFile, SecretsKeyFile,
        LogDir, LogEnabled, StoreEnabled, DataDir, Server, ServerToken, ServerTokenFile, StateDir, LogLevel,
    ];

    /// <summary>The settings of collect.</summary>
    public static readonly string[] CollectKeys =
    [
        .. CrawlKeys, ParallelBmcs, SmdUrl, SmdToken, SmdTokenFile, SmdCaCert, SmdRetries, SmdSendPassword, SmdDryRun, SmdForce,
    ];

    /// <summary>
    /// Resolves the settings and the request (<see cref="JobPlans.CollectRequestAsync"/>), builds the credential provider
    /// and runs the job; every input problem is reported before any BMC is contacted.
    /// </summary>
    public static async Task<CollectJobResult> RunAsync(
        CliContext context, CommandSettings settings, ParseResult parseResult, IReadOnlyList<string> given, string kind, CancellationToken cancellationToken)
    {
        var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
        var request = await JobPlans.CollectRequestAsync(effective, context.Home, given, crawl: kind == "crawl", cancellationToken);
        using var loggers = CliLogging.Create(context, effective);
        var credentials = await CliCredentials.CreateProviderAsync(context, JobPlans.Credentials(effective, context.Home), loggers, cancellationToken);
        return await new CollectJob(credentials, context.TimeProvider, loggers).RunAsync(request, new JobProgress(context, bmcs: kind == "crawl" ? 0 : request.Targets.Count), cancellationToken);
    }
}
