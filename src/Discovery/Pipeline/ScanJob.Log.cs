using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

internal sealed partial class ScanJob
{
    [LoggerMessage(EventId = PipelineLogEvents.ScanStarting, Level = LogLevel.Information, Message = "Scanning {Addresses} address(es) on {Ports} port(s), {Concurrency} probes at once")]
    private static partial void LogScanStarting(ILogger logger, ulong addresses, int ports, int concurrency);

    [LoggerMessage(EventId = PipelineLogEvents.ScanDone, Level = LogLevel.Information, Message = "Scan done: {Probes} probes, {Bmcs} BMC(s) in {Seconds:0.0} s")]
    private static partial void LogScanDone(ILogger logger, long probes, int bmcs, double seconds);
}
