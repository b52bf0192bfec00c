namespace Discovery.Store;

/// <summary>The outcome of one write, as a value: the API and the CLI render it, nothing is thrown for expected failures.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed record WriteResult<T>
    where T : class
{
    /// <summary>What happened.</summary>
    public required WriteOutcome Outcome { get; init; }

    /// <summary>The record as stored now (after a create, update or unchanged write); the deleted record after a delete.</summary>
    public T? Record { get; init; }

    /// <summary>The record's version now (0 when nothing is stored).</summary>
    public long Version { get; init; }

    /// <summary>The fields that changed (an update), or were set (a create).</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>Why the record was refused (<see cref="WriteOutcome.Invalid"/>, <see cref="WriteOutcome.Conflict"/>).</summary>
    public IReadOnlyList<RecordError> Errors { get; init; } = [];

    /// <summary>A sentence for a refused write (not found, conflict, precondition), naming the record.</summary>
    public string? Message { get; init; }

    /// <summary>Whether the write succeeded (created, updated, unchanged or deleted).</summary>
    public bool Succeeded => Outcome is WriteOutcome.Created or WriteOutcome.Updated or WriteOutcome.Unchanged or WriteOutcome.Deleted;

    internal static WriteResult<T> Refused(WriteOutcome outcome, string message, IReadOnlyList<RecordError>? errors = null) =>
        new() { Outcome = outcome, Message = message, Errors = errors ?? [] };
}
