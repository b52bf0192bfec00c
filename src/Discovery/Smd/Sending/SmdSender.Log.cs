using Microsoft.Extensions.Logging;

namespace Discovery.Smd.Sending;

internal sealed partial class SmdSender
{
    // SMD's URL is logged in its normal form (no user info); the access token and BMC passwords never are.
    private static partial class Log
    {
        [LoggerMessage(EventId = SmdEventIds.SendStarted, Level = LogLevel.Information,
            Message = "SMD send to {Smd}: {BmcCount} BMCs (dry run {DryRun}, force {Force}, BMC passwords sent {SendPassword})")]
        public static partial void SendStarted(ILogger logger, string smd, int bmcCount, bool dryRun, bool force, bool sendPassword);

        [LoggerMessage(EventId = SmdEventIds.DryRunPlanned, Level = LogLevel.Information,
            Message = "SMD dry run for {Smd}: {RequestCount} requests planned for {WouldSendCount} BMCs; {UnchangedCount} unchanged, {FailedCount} not sendable")]
        public static partial void DryRunPlanned(ILogger logger, string smd, int requestCount, int wouldSendCount, int unchangedCount, int failedCount);

        [LoggerMessage(EventId = SmdEventIds.BmcPlanned, Level = LogLevel.Debug, Message = "{Bmc} ({Xname}): {RequestCount} SMD requests planned")]
        public static partial void BmcPlanned(ILogger logger, string bmc, string xname, int requestCount);

        [LoggerMessage(EventId = SmdEventIds.BmcSent, Level = LogLevel.Information,
            Message = "{Bmc} ({Xname}): {Action} in SMD after {RequestCount} requests. {Detail}")]
        public static partial void BmcSent(ILogger logger, string bmc, string xname, SmdAction action, int requestCount, string detail);

        [LoggerMessage(EventId = SmdEventIds.SmdUnavailable, Level = LogLevel.Warning,
            Message = "SMD at {Smd} is not available ({Reason}); BMCs not sent yet fail without contacting it")]
        public static partial void SmdUnavailable(ILogger logger, string smd, string reason);

        [LoggerMessage(EventId = SmdEventIds.SendFinished, Level = LogLevel.Information,
            Message = "SMD send to {Smd} finished: {CreatedCount} created, {UpdatedCount} updated, {UnchangedCount} unchanged, {FailedCount} failed")]
        public static partial void SendFinished(ILogger logger, string smd, int createdCount, int updatedCount, int unchangedCount, int failedCount);
    }
}
