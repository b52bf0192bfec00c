using Discovery.Text;

namespace Discovery.Targets;

/// <summary>A target that cannot be used: the offending value, where it came from and what is wrong.</summary>
internal sealed record TargetError
{
    /// <summary>The value as written (empty for an empty file).</summary>
    public required string Value { get; init; }

    /// <summary>Where the value came from.</summary>
    public required TargetSource Source { get; init; }

    /// <summary>What is wrong, as a sentence fragment ("prefix length 33 is out of range for IPv4 (0-32)").</summary>
    public required string Reason { get; init; }

    /// <summary>One line for the user: <c>source: 'value': reason</c>.</summary>
    public string Message => Value.Length == 0 ? $"{Source}: {Reason}" : $"{Source}: {QuotedValue.Of(Value)}: {Reason}";
}
