namespace Discovery.Records.Validation;

/// <summary>The outcome of validating one record: its normal form, or every invalid field (not only the first).</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed record ValidationResult<T>
    where T : class
{
    /// <summary>The record in normal form (MACs, xnames, UUIDs, host names and addresses canonical); null when invalid.</summary>
    public T? Value { get; init; }

    /// <summary>Every invalid field, in field order; empty when valid.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>True when the record is valid and <see cref="Value"/> holds its normal form.</summary>
    public bool IsValid => Value is not null && Errors.Count == 0;
}
