using Microsoft.Extensions.Logging;

namespace Discovery.Redfish.Crawling;

internal sealed partial class RedfishCrawler
{
    private static partial class Log
    {
        [LoggerMessage(EventId = RedfishEventIds.UriFailed, Level = LogLevel.Debug,
            Message = "{Bmc}: {Uri} could not be read: {Reason}")]
        public static partial void UriFailed(ILogger logger, string bmc, string uri, string reason);

        [LoggerMessage(EventId = RedfishEventIds.CrawlTruncated, Level = LogLevel.Warning,
            Message = "{Bmc}: crawl stopped at its cap of {MaxDocuments} documents; the rest of the tree was not read")]
        public static partial void CrawlTruncated(ILogger logger, string bmc, int maxDocuments);

        [LoggerMessage(EventId = RedfishEventIds.CrawlFinished, Level = LogLevel.Debug,
            Message = "{Bmc}: crawl read {DocumentCount} documents, {FailureCount} URIs failed")]
        public static partial void CrawlFinished(ILogger logger, string bmc, int documentCount, int failureCount);
    }
}
