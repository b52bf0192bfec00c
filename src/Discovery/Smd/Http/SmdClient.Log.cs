using Microsoft.Extensions.Logging;

namespace Discovery.Smd.Http;

internal sealed partial class SmdClient
{
    // Messages name the method and path only: the access token lives in a header, bodies may hold a BMC password.
    private static partial class Log
    {
        [LoggerMessage(EventId = SmdEventIds.RequestSent, Level = LogLevel.Debug,
            Message = "SMD {Method} {Path} attempt {Attempt}: status {Status} in {ElapsedMs} ms, error {Error}")]
        public static partial void RequestSent(ILogger logger, string method, string path, int attempt, int? status, long elapsedMs, string? error);

        [LoggerMessage(EventId = SmdEventIds.RequestRetrying, Level = LogLevel.Debug,
            Message = "SMD {Method} {Path} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
        public static partial void RequestRetrying(ILogger logger, string method, string path, int attempt, string reason, long delayMs);

        [LoggerMessage(EventId = SmdEventIds.RequestRetryingAfter, Level = LogLevel.Debug,
            Message = "SMD {Method} {Path} attempt {Attempt} failed ({Reason}); SMD asked for {RetryAfterMs} ms (Retry-After), retrying in {DelayMs} ms")]
        public static partial void RequestRetryingAfter(ILogger logger, string method, string path, int attempt, string reason, long retryAfterMs, long delayMs);

        [LoggerMessage(EventId = SmdEventIds.RetriesExhausted, Level = LogLevel.Warning,
            Message = "SMD {Method} {Path} still failed after {Attempts} attempts ({Reason}); giving up on it")]
        public static partial void RetriesExhausted(ILogger logger, string method, string path, int attempts, string reason);

        public static void Retrying(ILogger logger, string method, string path, SmdResponse response, TimeSpan delay, TimeSpan? retryAfter)
        {
            if (retryAfter is { } asked)
            {
                RequestRetryingAfter(logger, method, path, response.Attempts, Reason(response), (long)asked.TotalMilliseconds, (long)delay.TotalMilliseconds);
            }
            else
            {
                RequestRetrying(logger, method, path, response.Attempts, Reason(response), (long)delay.TotalMilliseconds);
            }
        }

        // The status or the transport error; never the body.
        public static string Reason(SmdResponse response) =>
            response.Status is { } status ? "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture) : response.Error ?? "no answer";
    }
}
