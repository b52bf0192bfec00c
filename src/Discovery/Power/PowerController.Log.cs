using Microsoft.Extensions.Logging;

namespace Discovery.Power;

internal sealed partial class PowerController
{
    private static partial class Log
    {
        [LoggerMessage(PowerEventIds.ResetSent, LogLevel.Information, "Power {Node}: ComputerSystem.Reset {ResetType} sent to {Bmc}, answer {Reason}")]
        public static partial void ResetSent(ILogger logger, string node, string resetType, string bmc, string reason);

        [LoggerMessage(PowerEventIds.ResetAlreadySent, LogLevel.Information, "Power {Node}: ComputerSystem.Reset {ResetType} was sent before a restart; waiting on it, not sending it again")]
        public static partial void ResetAlreadySent(ILogger logger, string node, string resetType);

        [LoggerMessage(PowerEventIds.NodeFinished, LogLevel.Information, "Power {Node}: {Status}, PowerState {PowerState}")]
        public static partial void NodeFinished(ILogger logger, string node, string status, string? powerState);

        [LoggerMessage(PowerEventIds.BmcRefused, LogLevel.Warning, "Power: BMC {Bmc} not usable: {Problem}")]
        public static partial void BmcRefused(ILogger logger, string bmc, string? problem);
    }
}
