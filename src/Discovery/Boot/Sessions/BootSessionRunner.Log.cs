using Microsoft.Extensions.Logging;

namespace Discovery.Boot.Sessions;

internal sealed partial class BootSessionRunner
{
    private static partial class Log
    {
        [LoggerMessage(BootSessionEventIds.SessionStarted, LogLevel.Information, "Boot session {Session}: {Operation} of {Nodes} node(s) with template {Template}")]
        public static partial void SessionStarted(ILogger logger, string session, string operation, int nodes, string template);

        [LoggerMessage(BootSessionEventIds.SessionFinished, LogLevel.Information, "Boot session {Session}: {Status}")]
        public static partial void SessionFinished(ILogger logger, string session, string status);

        [LoggerMessage(BootSessionEventIds.NodeAttemptFailed, LogLevel.Warning, "Boot session {Session}: node {Node} attempt {Attempt} failed: {Problem}")]
        public static partial void NodeAttemptFailed(ILogger logger, string session, string node, int attempt, string problem);

        [LoggerMessage(BootSessionEventIds.ResetSaved, LogLevel.Information, "Boot session {Session}: node {Node} reset {ResetTypes} accepted and saved; a restart waits on it instead of resetting again")]
        public static partial void ResetSaved(ILogger logger, string session, string node, string resetTypes);
    }
}
