using Discovery.Pipeline;
using Discovery.Store;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Boot.Sessions;

/// <summary>Builds the <see cref="BootSessionService"/> that <c>discover serve</c> and a local <c>boot session create</c> run sessions with.</summary>
internal static class BootSessionServices
{
    /// <summary>The settings sessions read (services, token, BMC credentials and TLS).</summary>
    public static readonly string[] Keys =
    [
        BootBssUrl, BootCloudInitUrl, SmdToken, SmdTokenFile, RequestTimeout, Retries, PerBmc, CaCert, Pin,
        Username, Password, PasswordFile, SecretsStoreEnabled, SecretsStoreFile, SecretsKeyFile, StateDir,
    ];

    /// <summary>A session service over <paramref name="store"/>; the caller disposes it before the store.</summary>
    /// <exception cref="PipelineInputException">The token file or the TLS settings are unusable; nothing was started.</exception>
    public static async Task<BootSessionService> CreateAsync(BootSessionEnvironment environment, InventoryStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var (settings, home) = (environment.Settings, environment.Home);
        var errors = new List<string>();
        var token = await JobPlans.SecretAsync(settings, home, SmdTokenFile, SmdToken, errors, cancellationToken);
        var client = JobPlans.Client(settings, home, errors);
        JobPlans.ThrowIfAny(errors);
        var options = environment.Timing with
        {
            BssUrl = settings.Text(BootBssUrl) is { } bss ? new Uri(bss) : null,
            CloudInitUrl = settings.Text(BootCloudInitUrl) is { } cloudInit ? new Uri(cloudInit) : null,
            Token = token,
            Client = client,
        };
        var credentials = environment.Credentials ?? throw new InvalidOperationException("running sessions needs the BMC credentials");
        var provider = await credentials(JobPlans.Credentials(settings, home), cancellationToken);
        var sessions = new BootSessionStore(store);
        return new BootSessionService(sessions, new BootSessionRunner(sessions, options, provider, environment.Time, environment.Loggers));
    }
}
