using Microsoft.Extensions.Logging;

namespace Discovery.Redfish.Http;

internal sealed partial class RedfishConnection
{
    // Messages name the method and path only: headers (the token, Basic credentials) and bodies never reach a log.
    private static partial class Log
    {
        [LoggerMessage(EventId = RedfishEventIds.RequestSent, Level = LogLevel.Trace,
            Message = "{Bmc}: {Method} {Uri} attempt {Attempt}: status {Status}, {Bytes} bytes in {ElapsedMs} ms, error {Error}")]
        public static partial void RequestSent(
            ILogger logger, string bmc, string method, string uri, int attempt, int? status, long bytes, long elapsedMs, string? error);

        [LoggerMessage(EventId = RedfishEventIds.RequestRetrying, Level = LogLevel.Debug,
            Message = "{Bmc}: {Method} {Uri} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
        public static partial void RequestRetrying(ILogger logger, string bmc, string method, string uri, int attempt, string reason, long delayMs);

        [LoggerMessage(EventId = RedfishEventIds.RequestRetryingAfter, Level = LogLevel.Debug,
            Message = "{Bmc}: {Method} {Uri} attempt {Attempt} failed ({Reason}); the BMC asked for {RetryAfterMs} ms (Retry-After), retrying in {DelayMs} ms")]
        public static partial void RequestRetryingAfter(
            ILogger logger, string bmc, string method, string uri, int attempt, string reason, long retryAfterMs, long delayMs);

        [LoggerMessage(EventId = RedfishEventIds.RetriesExhausted, Level = LogLevel.Information,
            Message = "{Bmc}: {Method} {Uri} still failed after {Attempts} attempts ({Reason}); giving up on it")]
        public static partial void RetriesExhausted(ILogger logger, string bmc, string method, string uri, int attempts, string reason);

        public static void Exchange(ILogger logger, string bmc, RedfishExchange exchange) =>
            RequestSent(logger, bmc, exchange.Method, exchange.Uri, exchange.Attempt, exchange.Status, exchange.Bytes,
                (long)exchange.Elapsed.TotalMilliseconds, exchange.Error);

        public static void Retrying(ILogger logger, string bmc, string method, string uri, int attempt, string reason, TimeSpan delay, TimeSpan? retryAfter)
        {
            if (retryAfter is { } asked)
            {
                RequestRetryingAfter(logger, bmc, method, uri, attempt, reason, (long)asked.TotalMilliseconds, (long)delay.TotalMilliseconds);
            }
            else
            {
                RequestRetrying(logger, bmc, method, uri, attempt, reason, (long)delay.TotalMilliseconds);
            }
        }
    }
}
