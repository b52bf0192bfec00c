using Discovery.Redfish.Collect;
using Discovery.Redfish.Crawling;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

internal sealed partial class CollectSequence
{
    [LoggerMessage(EventId = PipelineLogEvents.CollectStarting, Level = LogLevel.Information, Message = "Collecting {Count} BMC(s), profile {Profile}, {Parallel} at once")]
    private static partial void LogCollectStarting(ILogger logger, int count, CrawlProfile profile, int parallel);

    [LoggerMessage(EventId = PipelineLogEvents.BmcCollected, Level = LogLevel.Debug, Message = "BMC {Endpoint}: {Status} after {Requests} requests in {ElapsedMs:0} ms")]
    private static partial void LogBmcCollected(ILogger logger, string endpoint, BmcCollectStatus status, int requests, double elapsedMs);

    [LoggerMessage(EventId = PipelineLogEvents.CollectDone, Level = LogLevel.Information, Message = "Collected {Ok}/{Count} BMC(s) ok in {Seconds:0.0} s")]
    private static partial void LogCollectDone(ILogger logger, int ok, int count, double seconds);

    [LoggerMessage(EventId = PipelineLogEvents.StoreUpserted, Level = LogLevel.Information, Message = "Store {Where}: {Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged")]
    private static partial void LogStoreUpserted(ILogger logger, int added, int changed, int removed, int unchanged, string where);

    [LoggerMessage(EventId = PipelineLogEvents.StoreFailed, Level = LogLevel.Debug, Message = "Store {Where} did not take the records: {Failure}")]
    private static partial void LogStoreFailed(ILogger logger, string where, string? failure);

    [LoggerMessage(EventId = PipelineLogEvents.SmdRegistered, Level = LogLevel.Information, Message = "SMD {Smd}: {Count} BMC(s) registered, all ok: {AllOk}")]
    private static partial void LogSmdRegistered(ILogger logger, int count, Uri smd, bool allOk);
}
