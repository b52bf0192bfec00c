namespace Discovery.Credentials;

/// <summary>
/// Reads the run-wide password from the first source given, in order: <c>--password-file</c>,
/// <c>DISCOVER_PASSWORD</c>, <c>--password-stdin</c>. Never from a command-line argument: arguments show in
/// <c>ps</c> and shell history.
/// </summary>
internal static class PasswordResolver
{
    /// <summary>The environment variable holding a password.</summary>
    public const string EnvironmentVariable = "DISCOVER_PASSWORD";

    /// <summary>
    /// The password from the first available source, or null when none is given.
    /// </summary>
    /// <exception cref="CredentialException">A named source is unusable (unreadable or empty file, empty stdin),
    /// or both <c>--password-file</c> and <c>--password-stdin</c> were given.</exception>
    public static async Task<GlobalPassword?> ResolveAsync(
        string? passwordFile,
        bool passwordStdin,
        Func<string, string?> getEnvironmentVariable,
        TextReader stdin,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(stdin);
        if (passwordFile is not null && passwordStdin)
        {
            throw new CredentialException("give only one of --password-file and --password-stdin");
        }

        if (passwordFile is not null)
        {
            return await ReadFileAsync(passwordFile, cancellationToken);
        }

        if (getEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return new GlobalPassword(fromEnvironment, PasswordSource.Environment, null);
        }

        if (passwordStdin)
        {
            var line = await stdin.ReadLineAsync(cancellationToken);
            return string.IsNullOrEmpty(line)
                ? throw new CredentialException("--password-stdin: standard input held no password")
                : new GlobalPassword(line, PasswordSource.Stdin, null);
        }

        return null;
    }

    private static async Task<GlobalPassword> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        string? line;
        try
        {
            using var reader = new StreamReader(path);
            line = await reader.ReadLineAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialException($"cannot read password file {path}: {ex.Message}", ex);
        }

        if (string.IsNullOrEmpty(line))
        {
            throw new CredentialException($"password file {path} is empty (the password is its first line)");
        }

        // Warn rather than refuse: lab clusters often keep such files on shared, already-locked-down hosts.
        var warning = PrivateFile.IsReadableByOthers(path, out var mode)
            ? $"password file {path} is readable by other users (mode {Convert.ToString((int)mode, 8)}); run chmod 600 {path}"
            : null;
        return new GlobalPassword(line, PasswordSource.File, warning);
    }
}
