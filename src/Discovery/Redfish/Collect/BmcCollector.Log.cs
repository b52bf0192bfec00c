using Microsoft.Extensions.Logging;

namespace Discovery.Redfish.Collect;

internal sealed partial class BmcCollector
{
    // A login is named by its method and user; the password, the Basic header and the session token never are.
    private static partial class Log
    {
        [LoggerMessage(EventId = RedfishEventIds.BmcStarted, Level = LogLevel.Debug, Message = "{Bmc}: collecting")]
        public static partial void BmcStarted(ILogger logger, string bmc);

        [LoggerMessage(EventId = RedfishEventIds.ServiceRootRead, Level = LogLevel.Debug,
            Message = "{Bmc}: ServiceRoot of Redfish {RedfishVersion}, vendor {Vendor}, UUID {Uuid}")]
        public static partial void ServiceRootRead(ILogger logger, string bmc, string? redfishVersion, string? vendor, string? uuid);

        [LoggerMessage(EventId = RedfishEventIds.SessionLogin, Level = LogLevel.Debug,
            Message = "{Bmc}: logging in as {Username} with a Redfish session at {SessionsUri}")]
        public static partial void SessionLogin(ILogger logger, string bmc, string username, string sessionsUri);

        [LoggerMessage(EventId = RedfishEventIds.SessionCreated, Level = LogLevel.Debug, Message = "{Bmc}: session {Session} created")]
        public static partial void SessionCreated(ILogger logger, string bmc, string? session);

        [LoggerMessage(EventId = RedfishEventIds.BasicAuthentication, Level = LogLevel.Debug,
            Message = "{Bmc}: using HTTP Basic authentication as {Username}: the ServiceRoot links no SessionService")]
        public static partial void BasicAuthentication(ILogger logger, string bmc, string username);

        [LoggerMessage(EventId = RedfishEventIds.BasicAuthenticationFallback, Level = LogLevel.Debug,
            Message = "{Bmc}: using HTTP Basic authentication as {Username}: the session login answered {Status}")]
        public static partial void BasicAuthenticationFallback(ILogger logger, string bmc, string username, int? status);

        [LoggerMessage(EventId = RedfishEventIds.SessionDeleted, Level = LogLevel.Debug, Message = "{Bmc}: session {Session} deleted ({Status})")]
        public static partial void SessionDeleted(ILogger logger, string bmc, string session, int? status);

        [LoggerMessage(EventId = RedfishEventIds.SessionNotDeleted, Level = LogLevel.Warning,
            Message = "{Bmc}: session {Session} could not be deleted ({Reason}); it stays open on the BMC until the BMC expires it")]
        public static partial void SessionNotDeleted(ILogger logger, string bmc, string session, string reason);

        [LoggerMessage(EventId = RedfishEventIds.BmcFinished, Level = LogLevel.Information,
            Message = "{Bmc}: {Status} after {RequestCount} requests, {DocumentCount} documents, {ElapsedMs} ms. {Detail}")]
        public static partial void BmcFinished(ILogger logger, string bmc, string status, int requestCount, int documentCount, long elapsedMs, string detail);

        public static void Finished(ILogger logger, BmcCollectResult result) =>
            BmcFinished(logger, result.Target.Endpoint, BmcCollectStatusNames.Of(result.Status), result.RequestCount, result.DocumentCount,
                (long)result.Elapsed.TotalMilliseconds, result.Message ?? string.Empty);
    }
}
