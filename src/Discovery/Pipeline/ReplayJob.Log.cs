using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

internal sealed partial class ReplayJob
{
    [LoggerMessage(EventId = PipelineLogEvents.ReplayDone, Level = LogLevel.Information, Message = "Replayed run {RunId}: {Bmcs} BMC(s) from {Responses} stored responses")]
    private static partial void LogReplayDone(ILogger logger, string runId, int bmcs, int responses);
}
