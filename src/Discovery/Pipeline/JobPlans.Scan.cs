using Discovery.Configuration;
using Discovery.Scanning.Probes;
using Discovery.Scanning;
using Discovery.Targets;
using Discovery.Text;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Pipeline;

internal static partial class JobPlans
{
    /// <summary>
    /// The scan of <c>scan</c> and of each <c>run</c> pass: targets from <paramref name="arguments"/> when given
    /// (scan's positional targets), else the <c>targets</c> setting; ports, concurrency, timeout and the extra probes.
    /// </summary>
    /// <returns>The request, and the targets as written (for the saved scan and the log's description).</returns>
    public static async Task<(ScanRequest Scan, IReadOnlyList<string> Texts)> ScanAsync(
        EffectiveSettings settings, IReadOnlyList<string> arguments, List<string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(errors);
        var fromArguments = arguments.Count > 0;
        var targets = fromArguments ? arguments : settings.List(TargetList);
        var files = settings.Has(TargetFiles) ? settings.List(TargetFiles) : [];
        if (targets.Count == 0 && files.Count == 0 && !Flag(settings, Mdns))
        {
            errors.Add($"{TargetList}: nothing to scan: give targets, set 'targets' in the config file, {settings[TargetList].Definition.EnvironmentVariable} or --target (or browse with --mdns)");
        }

        if (!ScanPortParser.TryParse(settings.Text(Ports)!, settings.Bool(Http), out var ports, out var portError))
        {
            errors.Add(Located(settings[Ports], portError ?? "bad ports"));
        }

        var set = await ScanTargets.CreateBuilder().BuildAsync(
            new TargetSetRequest
            {
                Targets = targets,
                TargetFiles = files,
                Excludes = settings.List(Exclude),
                ExcludeFiles = settings.Has(ExcludeFiles) ? settings.List(ExcludeFiles) : [],
            },
            cancellationToken);
        if (targets.Count > 0 || files.Count > 0)
        {
            errors.AddRange(set.Errors.Select(e => TargetError(settings, e, fromArguments)));
        }

        var scan = new ScanRequest
        {
            Targets = set.Targets,
            Ports = ports ?? [],
            Concurrency = settings.Int(ScanConcurrency),
            Timeout = settings.Duration(ScanTimeout)!.Value,
            Ssdp = Flag(settings, Ssdp),
            SsdpPort = settings.Has(SsdpPort) ? settings.Int(SsdpPort) : SsdpProbe.DefaultPort,
            SsdpMulticast = Flag(settings, SsdpMulticast),
            Ipmi = Flag(settings, Ipmi),
            IpmiPort = settings.Has(IpmiPort) ? settings.Int(IpmiPort) : IpmiProbe.DefaultPort,
            Mdns = Flag(settings, Mdns),
            MdnsDuration = settings.Has(MdnsDuration) ? settings.Duration(MdnsDuration)!.Value : TimeSpan.FromSeconds(3),
        };
        return (scan, [.. targets, .. files.Select(f => $"-iL {f}")]);
    }

    /// <summary>The plan of one <c>discover run</c> pass.</summary>
    /// <exception cref="PipelineInputException">Every problem of the settings, before anything is locked or sent.</exception>
    public static async Task<PassPlan> PassAsync(EffectiveSettings settings, string? home, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        var (scan, texts) = await ScanAsync(settings, [], errors, cancellationToken);
        var collect = await CollectAsync(settings, home, errors, cancellationToken);
        RequireFiles(settings, home, errors, SecretsKeyFile);
        var boot = await BootAsync(settings, home, collect.Store, errors, cancellationToken);
        ThrowIfAny(errors);
        return new PassPlan
        {
            Scan = scan,
            TargetTexts = texts,
            Credentials = Credentials(settings, home),
            Collect = collect,
            LogDirectory = settings.Path(LogDir, home)!,
            KeepDays = settings.Int(KeepDays),
            Jitter = settings.Duration(Jitter) ?? TimeSpan.Zero,
            Deadline = settings.Duration(Deadline) is { } deadline && deadline > TimeSpan.Zero ? deadline : null,
            MissingAfter = settings.Int(MissingAfter),
            QuietUnchanged = settings.Bool(QuietUnchanged),
            Boot = boot,
        };
    }

    /// <summary>
    /// The boot step of a pass: every node of the store, with the token of <c>boot sync</c> and SMD
    /// (<c>--access-token-file</c>, <c>ACCESS_TOKEN</c>); null when neither boot URL is set. The boot profiles live
    /// in the store, so a pass with the store off cannot sync them.
    /// </summary>
    private static async Task<Boot.BootSyncRequest?> BootAsync(
        EffectiveSettings settings, string? home, StoreTarget? store, List<string> errors, CancellationToken cancellationToken)
    {
        var bss = settings.Has(BootBssUrl) ? settings.Text(BootBssUrl) : null;
        var cloudInit = settings.Has(BootCloudInitUrl) ? settings.Text(BootCloudInitUrl) : null;
        if (bss is null && cloudInit is null)
        {
            return null;
        }

        if (store is null)
        {
            errors.Add(Located(settings[bss is null ? BootCloudInitUrl : BootBssUrl], $"the boot step reads the boot profiles from the store, and {StoreEnabled} is false"));
        }

        // SMD's plan reads the same token file: a problem with it is said once.
        var tokenErrors = new List<string>();
        var token = await SecretAsync(settings, home, SmdTokenFile, SmdToken, tokenErrors, cancellationToken);
        errors.AddRange(tokenErrors.Except(errors));
        return new Boot.BootSyncRequest
        {
            BssUrl = bss is null ? null : new Uri(bss),
            CloudInitUrl = cloudInit is null ? null : new Uri(cloudInit),
            Token = token,
        };
    }

    private static bool Flag(EffectiveSettings settings, string key) => settings.Has(key) && settings.Bool(key);

    // Positional targets and target files name themselves (argument: '10.0.0.300': ...); a target from a setting
    // is named where that setting came from (run.yaml:3: targets: ...).
    private static string TargetError(EffectiveSettings settings, TargetError error, bool fromArguments)
    {
        var setting = error.Source == TargetSource.Exclude ? settings[Exclude]
            : error.Source == TargetSource.Argument && !fromArguments ? settings[TargetList]
            : null;
        if (setting is null)
        {
            return error.Message;
        }

        return Located(setting, error.Value.Length == 0 ? error.Reason : $"{QuotedValue.Of(error.Value)}: {error.Reason}");
    }
}
