using Discovery.Configuration;
using Discovery.Credentials;
using Discovery.Targets;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;
using Discovery.Redfish.Tls;
using Discovery.Scanning;
using Discovery.Scanning.Probes;
using static Discovery.Cli.Run.RunSettingKeys;

namespace Discovery.Cli.Run;

/// <summary>
/// Turns resolved settings into a <see cref="PassPlan"/>, or a <see cref="CliUsageException"/> listing every
/// problem with the place its value came from (<c>run.yaml:3: targets: '10.0.0.300': ...</c>), before anything
/// is sent or locked.
/// </summary>
internal static class PassPlanBuilder
{
    public static async Task<PassPlan> BuildAsync(EffectiveSettings settings, Func<string, string?> getEnvironmentVariable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var home = getEnvironmentVariable("HOME");
        var errors = new List<string>();
        if (settings.List(RunSettingKeys.Targets).Count == 0)
        {
            errors.Add($"{RunSettingKeys.Targets}: nothing to scan: set 'targets' in the config file, {settings[RunSettingKeys.Targets].Definition.EnvironmentVariable} or --target");
        }

        if (!ScanPortParser.TryParse(settings.Text(Ports)!, settings.Bool(Http), out var ports, out var portError))
        {
            errors.Add(Located(settings[Ports], portError ?? "bad ports"));
        }

        var caCert = settings.Path(CaCert, home);
        if (caCert is not null && settings.Bool(Pin))
        {
            errors.Add($"{Located(settings[CaCert], "cannot be combined with")} {Pin} ({settings[Pin].Source})");
        }

        foreach (var key in new[] { CaCert, SmdCaCert, PasswordFile, IdMap, SmdTokenFile, SecretsKeyFile, ServerTokenFile })
        {
            if (settings.Path(key, home) is { } file && !File.Exists(file))
            {
                errors.Add(Located(settings[key], $"file not found: {file}"));
            }
        }

        var targets = await ScanTargets.CreateBuilder().BuildAsync(
            new TargetSetRequest { Targets = settings.List(RunSettingKeys.Targets), Excludes = settings.List(Exclude) },
            cancellationToken);
        errors.AddRange(targets.Errors.Select(e => TargetError(settings, e)));
        if (errors.Count > 0)
        {
            throw new CliUsageException(string.Join(Environment.NewLine + "discover: ", errors));
        }

        var stateDirectory = settings.Path(StateDir, home)!;
        return new PassPlan
        {
            Scan = new ScanRequest
            {
                Targets = targets.Targets,
                Ports = ports!,
                Concurrency = (int)settings.Integer(ScanConcurrency)!.Value,
                Timeout = settings.Duration(ScanTimeout)!.Value,
            },
            TargetTexts = settings.List(RunSettingKeys.Targets),
            Credentials = new CredentialRequest
            {
                Username = settings.Text(Username),
                PasswordFile = settings.Path(PasswordFile, home),
                SecretsStorePath = settings.Path(RunSettingKeys.SecretsFile, home),
                SecretsKeyFile = settings.Path(SecretsKeyFile, home),
            },
            Client = new RedfishClientOptions
            {
                RequestTimeout = settings.Duration(RequestTimeout)!.Value,
                MaxRetries = (int)settings.Integer(Retries)!.Value,
                MaxRequestsPerBmc = (int)settings.Integer(PerBmc)!.Value,
                Tls = TlsOptions.For(caCert, settings.Bool(Pin), stateDirectory),
            },
            IdMapPath = settings.Path(IdMap, home),
            Profile = Enum.Parse<CrawlProfile>(settings.Text(Profile)!, ignoreCase: true),
            MaxParallelBmcs = (int)settings.Integer(RunSettingKeys.Parallel)!.Value,
            StateDirectory = stateDirectory,
            LogDirectory = settings.Path(LogDir, home)!,
            KeepDays = (int)settings.Integer(KeepDays)!.Value,
            DataDirectory = settings.Bool(StoreEnabled) ? settings.Path(DataDir, home) : null,
            Server = settings.Bool(StoreEnabled) ? settings.Text(Server) : null,
            ServerTokenFile = settings.Path(ServerTokenFile, home),
            SmdUrl = settings.Text(SmdUrl) is { } smd ? new Uri(smd) : null,
            SmdTokenFile = settings.Path(SmdTokenFile, home),
            SmdCaCert = settings.Path(SmdCaCert, home),
            Jitter = settings.Duration(Jitter) ?? TimeSpan.Zero,
            Deadline = settings.Duration(Deadline) is { } deadline && deadline > TimeSpan.Zero ? deadline : null,
            MissingAfter = (int)settings.Integer(MissingAfter)!.Value,
            QuietUnchanged = settings.Bool(QuietUnchanged),
        };
    }

    private static string Located(SettingValue value, string message) => new ConfigError(value.Source, value.Definition.Key, message).ToString();

    private static string TargetError(EffectiveSettings settings, TargetError error)
    {
        var setting = error.Source == TargetSource.Exclude ? settings[Exclude] : settings[RunSettingKeys.Targets];
        var message = error.Value.Length == 0 ? error.Reason : $"'{error.Value}': {error.Reason}";
        return Located(setting, message);
    }
}
