using Discovery.Redfish.Collect;
using Discovery.Scanning.Probes;

namespace Discovery.Pipeline;

/// <summary>
/// What a job tells its caller while it runs (a progress bar, the run id to follow): events, not results. Every
/// member has an empty default, so a caller implements only what it shows. Calls may come from several threads.
/// </summary>
internal interface IJobProgress
{
    /// <summary>The job started crawl-log run <paramref name="runId"/> in <paramref name="logDirectory"/>.</summary>
    void LogStarted(string runId, string logDirectory)
    {
    }

    /// <summary>One scan probe finished.</summary>
    void Probed(ProbeResult result)
    {
    }

    /// <summary>One BMC's collect finished (exchanges included).</summary>
    void Collected(BmcCollectResult result)
    {
    }
}
