using Discovery.Pipeline;
using Discovery.Redfish.Collect;
using Discovery.Scanning.Probes;

namespace Discovery.Cli.Output;

/// <summary>
/// Shows a job's progress on standard error: the crawl-log run it started, and on a terminal only a
/// self-overwriting line of probes (scan) or BMCs (collect) done.
/// </summary>
internal sealed class JobProgress(CliContext context, ulong probes = 0, int bmcs = 0) : IJobProgress
{
    private const int BarWidth = 30;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private long _lastDrawn;
    private bool _drawn;
    private ulong _probed;
    private ulong _found;
    private int _collected;
    private int _failed;

    public void LogStarted(string runId, string logDirectory) => context.Error.WriteLine($"run {runId}: log in {logDirectory}");

    public void Probed(ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_lock)
        {
            _probed++;
            _found += result.IsBmc ? 1UL : 0UL;
            Draw();
        }
    }

    public void Collected(BmcCollectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!context.ErrorIsTerminal)
        {
            return;
        }

        lock (_lock)
        {
            _collected++;
            _failed += result.Status == BmcCollectStatus.Ok ? 0 : 1;
            context.Error.Write($"\rcollect: {_collected}/{bmcs} BMCs, {_failed} not ok ");
            if (_collected == bmcs)
            {
                context.Error.WriteLine();
            }
        }
    }

    /// <summary>Clears the scan's line so the summary starts on a clean row.</summary>
    public void Clear()
    {
        if (_drawn)
        {
            context.Error.Write("\r\u001b[K");
        }
    }

    // The scan's bar, redrawn in place at most ten times a second, on a terminal only (logs and pipes stay clean).
    private void Draw()
    {
        var now = context.TimeProvider.GetTimestamp();
        if (!context.ErrorIsTerminal || (_drawn && _probed < probes && context.TimeProvider.GetElapsedTime(_lastDrawn, now) < Interval))
        {
            return;
        }

        _lastDrawn = now;
        _drawn = true;
        var filled = (int)((probes == 0 ? 1.0 : Math.Min(1.0, (double)_probed / probes)) * BarWidth);
        context.Error.Write($"\rscanning [{new string('#', filled)}{new string('.', BarWidth - filled)}] {_probed}/{probes} {_found} BMC answers\u001b[K");
    }
}
