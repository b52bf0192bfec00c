using Microsoft.Extensions.Logging;

namespace Discovery.CrawlLog;

internal sealed partial class CrawlLogWriter
{
    internal static partial class Log
    {
        [LoggerMessage(EventId = CrawlLogEventIds.RunStarted, Level = LogLevel.Debug, Message = "Crawl log: {Kind} run {RunId} writing to {Directory}")]
        public static partial void RunStarted(ILogger logger, string kind, string runId, string directory);

        [LoggerMessage(EventId = CrawlLogEventIds.RunCompleted, Level = LogLevel.Information,
            Message = "Crawl log: run {RunId} {Status}: {Responses} responses, {Scans} probes, {Bmcs} BMCs, {Nodes} nodes in {Files} files")]
        public static partial void RunCompleted(ILogger logger, string runId, string status, long responses, long scans, long bmcs, long nodes, int files);

        [LoggerMessage(EventId = CrawlLogEventIds.RunFailed, Level = LogLevel.Error, Message = "Crawl log: run {RunId} could not be written: {Reason}")]
        public static partial void RunFailed(ILogger logger, string runId, string reason);
    }
}
