namespace Discovery.Cli;

/// <summary>
/// Bad input found by a command after parsing (a malformed target, a missing file). DiscoverApp prints the
/// message and exits with <see cref="ExitCodes.BadInput"/>; nothing has been sent when it is thrown.
/// </summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliUsageException()
    {
    }
}
