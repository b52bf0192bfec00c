using Microsoft.Extensions.Logging;

namespace Discovery.Credentials;

internal static partial class CredentialProviderFactory
{
    // Where the passwords of a run come from; never a password. Logged under the CredentialProvider category.
    private static partial class Log
    {
        [LoggerMessage(EventId = CredentialEventIds.RunWidePassword, Level = LogLevel.Debug,
            Message = "Run-wide BMC password read from {Origin} for user {Username}")]
        public static partial void RunWidePassword(ILogger logger, string origin, string username);

        [LoggerMessage(EventId = CredentialEventIds.SecretsStoreRead, Level = LogLevel.Debug,
            Message = "Secrets store {Path}: {EntryCount} entries decrypted")]
        public static partial void SecretsStoreRead(ILogger logger, string path, int entryCount);

        [LoggerMessage(EventId = CredentialEventIds.SecretsStoreNotUsed, Level = LogLevel.Debug, Message = "Secrets store {Path} not used: {Reason}")]
        public static partial void SecretsStoreNotUsed(ILogger logger, string? path, string reason);

        [LoggerMessage(EventId = CredentialEventIds.CredentialWarning, Level = LogLevel.Debug, Message = "Credentials: {Warning}")]
        public static partial void CredentialWarning(ILogger logger, string warning);

        /// <summary>Where <paramref name="password"/> was read from: the file, the variable or standard input.</summary>
        public static string Origin(GlobalPassword password, string? passwordFile) => password.Source switch
        {
            PasswordSource.File => passwordFile ?? "a password file",
            PasswordSource.Environment => PasswordResolver.EnvironmentVariable,
            _ => "standard input",
        };
    }
}
