using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

internal sealed partial class DiscoveryPass
{
    [LoggerMessage(EventId = PipelineLogEvents.PassLocked, Level = LogLevel.Warning, Message = "Another pass holds the lock {LockFile} ({Holder}); not starting")]
    private static partial void LogPassLocked(ILogger logger, string lockFile, string? holder);

    [LoggerMessage(EventId = PipelineLogEvents.PassJitter, Level = LogLevel.Debug, Message = "Waiting {Seconds:0.0} s of jitter before the pass")]
    private static partial void LogPassJitter(ILogger logger, double seconds);

    [LoggerMessage(EventId = PipelineLogEvents.PassDeadline, Level = LogLevel.Information, Message = "Run {RunId} stopped at its deadline; what was read is kept")]
    private static partial void LogPassDeadline(ILogger logger, string runId);

    [LoggerMessage(EventId = PipelineLogEvents.PassDone, Level = LogLevel.Information, Message = "Run {RunId} done ({Status}); changes found: {Changes}")]
    private static partial void LogPassDone(ILogger logger, string runId, string status, bool changes);

    [LoggerMessage(
        EventId = PipelineLogEvents.PassLogFailed, Level = LogLevel.Information, Message = "Run {RunId} went on without its crawl log ({Failure}); no change report")]
    private static partial void LogPassLogFailed(ILogger logger, string runId, string failure);

    [LoggerMessage(EventId = PipelineLogEvents.PassBoot, Level = LogLevel.Information, Message = "Run {RunId}: {Summary}")]
    private static partial void LogPassBoot(ILogger logger, string runId, string summary);
}
