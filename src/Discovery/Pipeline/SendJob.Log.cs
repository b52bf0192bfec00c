using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

internal sealed partial class SendJob
{
    [LoggerMessage(EventId = PipelineLogEvents.SendSource, Level = LogLevel.Information, Message = "Sending {Bmcs} BMC(s) of collect run {RunId}")]
    private static partial void LogSendSource(ILogger logger, int bmcs, string runId);
}
