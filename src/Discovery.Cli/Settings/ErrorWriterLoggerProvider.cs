using Microsoft.Extensions.Logging;

namespace Discovery.Cli.Settings;

/// <summary>
/// Writes each log message as one line to a <see cref="TextWriter"/> (standard error, or a test's writer), at
/// once and in order; the console logger's background queue would print after the command's own last words.
/// </summary>
internal sealed class ErrorWriterLoggerProvider(TextWriter error) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_lock)
        {
            error.WriteLine(line);
        }
    }

    private sealed class Logger(ErrorWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            // Only the message: an exception's text may quote a request, so it stays out.
            provider.Write($"{logLevel.ToString().ToLowerInvariant()}: {category}: {formatter(state, exception)}");
        }
    }
}
