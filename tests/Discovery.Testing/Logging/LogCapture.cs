using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Discovery.Testing.Logging;

/// <summary>
/// A logger factory that keeps every entry of every level, Trace included, with its formatted message, its
/// structured values and its exception: what tests look through for secrets, and for the events they expect.
/// Give the code under test <c>capture.CreateLogger&lt;T&gt;()</c>. Thread-safe.
/// </summary>
public sealed class LogCapture : ILoggerFactory
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    /// <summary>Every entry so far, in the order they were logged.</summary>
    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    /// <summary>The entries of event <paramref name="eventId"/>.</summary>
    public IReadOnlyList<CapturedLogEntry> Events(int eventId) => [.. _entries.Where(e => e.EventId.Id == eventId)];

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    /// <summary>The logger to give a type that takes an <c>ILogger&lt;T&gt;</c>.</summary>
    public ILogger<T> CreateLogger<T>() => new Logger<T>(this);

    /// <summary>Not supported: the capture is its own only sink.</summary>
    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("LogCapture is its own sink.");

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class CapturingLogger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            capture._entries.Enqueue(new CapturedLogEntry
            {
                Category = category,
                Level = logLevel,
                EventId = eventId,
                Message = formatter(state, exception),
                State = state is IEnumerable<KeyValuePair<string, object?>> values ? [.. values] : [],
                Exception = exception?.ToString(),
            });
        }
    }
}
