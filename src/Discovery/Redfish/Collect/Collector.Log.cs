using Discovery.Redfish.Crawling;
using Microsoft.Extensions.Logging;

namespace Discovery.Redfish.Collect;

internal sealed partial class Collector
{
    private static partial class Log
    {
        [LoggerMessage(EventId = RedfishEventIds.CollectStarted, Level = LogLevel.Information,
            Message = "Collect started: {BmcCount} BMCs, {MaxParallel} at once, profile {Profile}")]
        public static partial void CollectStarted(ILogger logger, int bmcCount, int maxParallel, CrawlProfile profile);

        [LoggerMessage(EventId = RedfishEventIds.CollectFinished, Level = LogLevel.Information,
            Message = "Collect finished in {ElapsedMs} ms: {BmcCount} BMCs, {OkCount} ok, {PartialCount} partial, {FailedCount} failed")]
        public static partial void CollectFinished(ILogger logger, long elapsedMs, int bmcCount, int okCount, int partialCount, int failedCount);

        /// <summary>The counts of <paramref name="results"/> (a cancelled run logs each BMC's outcome, not this).</summary>
        public static void Finished(ILogger logger, TimeSpan elapsed, IReadOnlyList<BmcCollectResult> results)
        {
            var ok = results.Count(r => r.Status == BmcCollectStatus.Ok);
            var partial = results.Count(r => r.Status == BmcCollectStatus.Partial);
            CollectFinished(logger, (long)elapsed.TotalMilliseconds, results.Count, ok, partial, results.Count - ok - partial);
        }
    }
}
