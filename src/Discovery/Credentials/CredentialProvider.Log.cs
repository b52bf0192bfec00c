using Microsoft.Extensions.Logging;

namespace Discovery.Credentials;

internal sealed partial class CredentialProvider
{
    // Where a credential came from and for which account; never the password.
    private static partial class Log
    {
        [LoggerMessage(EventId = CredentialEventIds.FromSecretsStore, Level = LogLevel.Debug,
            Message = "BMC {Bmc}: credential from secrets store entry {EntryKey} (user {Username})")]
        public static partial void FromSecretsStore(ILogger logger, string bmc, string entryKey, string username);

        [LoggerMessage(EventId = CredentialEventIds.FromRunWide, Level = LogLevel.Debug,
            Message = "BMC {Bmc}: run-wide credential, password from {PasswordSource} (user {Username})")]
        public static partial void FromRunWide(ILogger logger, string bmc, PasswordSource? passwordSource, string username);

        [LoggerMessage(EventId = CredentialEventIds.NoCredential, Level = LogLevel.Information,
            Message = "BMC {Bmc}: no credential (no secrets store entry for it, no run-wide password, no default entry)")]
        public static partial void NoCredential(ILogger logger, string bmc);
    }
}
