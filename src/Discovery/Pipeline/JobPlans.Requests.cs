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
}
