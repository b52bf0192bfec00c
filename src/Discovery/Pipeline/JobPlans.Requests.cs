using Discovery.Configuration;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Pipeline;

internal static partial class JobPlans
{
    /// <summary>The request of <c>scan</c>: the targets given (else the <c>targets</c> setting), the crawl log unless turned off, the state folder.</summary>
    /// <exception cref="PipelineInputException">Every problem of the targets and settings, before anything is probed.</exception>
    public static async Task<ScanJobRequest> ScanRequestAsync(EffectiveSettings settings, string? home, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        var (scan, texts) = await ScanAsync(settings, targets, errors, cancellationToken);
        ThrowIfAny(errors);
        return new ScanJobRequest
        {
            Scan = scan,
            TargetTexts = texts,
            LogDirectory = settings.Bool(LogEnabled) ? settings.Path(LogDir, home) : null,
            StateDirectory = settings.Path(StateDir, home)!,
        };
    }

    /// <summary>
    /// The request of <c>collect</c> (the BMCs <paramref name="given"/>, else the last scan's) or of <c>crawl</c> (the one BMC
    /// given): the targets, the collect plan and the crawl log's folder and description.
    /// </summary>
    /// <exception cref="PipelineInputException">Every problem of the targets and settings, before any BMC is contacted.</exception>
    public static async Task<CollectJobRequest> CollectRequestAsync(
        EffectiveSettings settings, string? home, IReadOnlyList<string> given, bool crawl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var targets = await CollectTargets.ResolveAsync(given, settings.Path(StateDir, home)!, cancellationToken);
        var errors = new List<string>();
        var plan = await CollectAsync(settings, home, errors, cancellationToken);
        ThrowIfAny(errors);
        return new CollectJobRequest
        {
            Targets = targets,
            Plan = plan,
            LogDirectory = settings.Bool(LogEnabled) ? settings.Path(LogDir, home) : null,
            Description = crawl ? $"crawl of {targets[0].Endpoint}" : $"collect of {targets.Count} BMC(s)",
        };
    }

    /// <summary>The request of <c>send</c>: the collect run (<paramref name="runId"/>, else the newest), SMD, the state folder and the fallback account.</summary>
    /// <exception cref="PipelineInputException">The SMD settings (URL, token, CA) are unusable; nothing was sent.</exception>
    public static async Task<SendJobRequest> SendRequestAsync(EffectiveSettings settings, string? home, string? runId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        var smd = await SmdAsync(settings, home, errors, cancellationToken);
        ThrowIfAny(errors);
        return new SendJobRequest
        {
            LogDirectory = settings.Path(LogDir, home)!,
            RunId = runId,
            Smd = smd,
            StateDirectory = settings.Path(StateDir, home)!,
            FallbackUser = settings.Text(Username)!,
        };
    }

    /// <summary>The inventory of the settings, opened (the local store restored from a snapshot if its working set is gone), with what opening it had to say.</summary>
    /// <exception cref="PipelineInputException">The server's token file is unusable.</exception>
    /// <exception cref="Store.InventoryStoreLockedException">A running <c>discover serve</c> holds the local store.</exception>
    public static async Task<(Store.IInventory Inventory, IReadOnlyList<string> Notes)> OpenInventoryAsync(
        EffectiveSettings settings, string? home, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var target = await StoreAsync(settings, home, errors, cancellationToken);
        ThrowIfAny(errors);
        return await target!.OpenAsync(time, logger: null, cancellationToken);
    }
}
