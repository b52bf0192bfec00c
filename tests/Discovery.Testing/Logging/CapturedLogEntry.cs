using Microsoft.Extensions.Logging;

namespace Discovery.Testing.Logging;

/// <summary>One log entry as a <see cref="LogCapture"/> kept it: everything a log sink could ever write.</summary>
public sealed record CapturedLogEntry
{
    /// <summary>The logger's category (the type name for <c>ILogger&lt;T&gt;</c>).</summary>
    public required string Category { get; init; }

    /// <summary>The entry's level.</summary>
    public required LogLevel Level { get; init; }

    /// <summary>The entry's event id and name.</summary>
    public required EventId EventId { get; init; }

    /// <summary>The formatted message.</summary>
    public required string Message { get; init; }

    /// <summary>The structured values, by placeholder name (the message template included, as <c>{OriginalFormat}</c>).</summary>
    public required IReadOnlyList<KeyValuePair<string, object?>> State { get; init; }

    /// <summary>The exception's full text (type, message, stack, inner exceptions), or null.</summary>
    public string? Exception { get; init; }

    /// <summary>The value of placeholder <paramref name="name"/>, or null.</summary>
    public object? Value(string name) => State.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>Every text of the entry (message, each state value, the exception) on its own line: what a secret must never be in.</summary>
    public string AllText() =>
        string.Join('\n', State.Select(p => $"{p.Key}={p.Value}").Prepend(Message).Prepend(Category).Append(Exception ?? string.Empty));
}
