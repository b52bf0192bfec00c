using System.Net;
using Discovery.Scanning.Probes;
using Microsoft.Extensions.Logging;

namespace Discovery.Scanning;

internal sealed partial class Scanner
{
    private static partial class Log
    {
        [LoggerMessage(EventId = ScanningEventIds.ScanStarted, Level = LogLevel.Information,
            Message = "Scan started: {AddressCount} addresses, {ProbeCount} probes, {Concurrency} at once, {TimeoutMs} ms per probe")]
        public static partial void ScanStarted(ILogger logger, ulong addressCount, ulong probeCount, int concurrency, double timeoutMs);

        [LoggerMessage(EventId = ScanningEventIds.ScanFinished, Level = LogLevel.Information,
            Message = "Scan finished in {ElapsedMs} ms: {ProbeCount} probes, {BmcAnswerCount} found a BMC")]
        public static partial void ScanFinished(ILogger logger, long elapsedMs, long probeCount, long bmcAnswerCount);

        [LoggerMessage(EventId = ScanningEventIds.ScanStopped, Level = LogLevel.Information,
            Message = "Scan stopped after {ElapsedMs} ms: {ProbeCount} probes done, {BmcAnswerCount} found a BMC")]
        public static partial void ScanStopped(ILogger logger, long elapsedMs, long probeCount, long bmcAnswerCount);

        [LoggerMessage(EventId = ScanningEventIds.BmcFound, Level = LogLevel.Information,
            Message = "Found a Redfish BMC at {Address}:{Port} ({Scheme}) by {ProbeKind}: UUID {Uuid}, vendor {Vendor}, Redfish {RedfishVersion}")]
        public static partial void BmcFound(
            ILogger logger, IPAddress address, int port, string? scheme, ProbeKind probeKind, string? uuid, string? vendor, string? redfishVersion);

        [LoggerMessage(EventId = ScanningEventIds.ProbeAnswered, Level = LogLevel.Debug,
            Message = "{ProbeKind} probe of {Address}:{Port} answered, not as a confirmed Redfish service: {Detail}")]
        public static partial void ProbeAnswered(ILogger logger, ProbeKind probeKind, IPAddress address, int port, string? detail);

        [LoggerMessage(EventId = ScanningEventIds.ProbeFailed, Level = LogLevel.Debug,
            Message = "{ProbeKind} probe of {Address}:{Port}: {Outcome} ({Error})")]
        public static partial void ProbeFailed(ILogger logger, ProbeKind probeKind, IPAddress address, int port, ProbeOutcome outcome, string? error);

        /// <summary>One result, at the level its outcome deserves.</summary>
        public static void Probe(ILogger logger, ProbeResult result)
        {
            switch (result.Outcome)
            {
                case ProbeOutcome.Bmc:
                    var root = result.ServiceRoot;
                    BmcFound(logger, result.Address, result.ServicePort, result.Scheme, result.Kind, root?.Uuid, root?.Vendor, root?.RedfishVersion);
                    break;
                case ProbeOutcome.Answered:
                    ProbeAnswered(logger, result.Kind, result.Address, result.Port, result.Error ?? result.Location);
                    break;
                default:
                    ProbeFailed(logger, result.Kind, result.Address, result.Port, result.Outcome, result.Error);
                    break;
            }
        }
    }
}
