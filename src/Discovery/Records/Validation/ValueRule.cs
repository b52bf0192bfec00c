using System.Globalization;
using System.Text.RegularExpressions;

namespace Discovery.Records.Validation;

/// <summary>
/// One constraint on a value, written once and read by both the validator and the JSON Schema export: a
/// <see cref="Pattern"/> (ECMA-262, anchored, ASCII classes only, so .NET and JSON Schema tools agree), an
/// enumeration, a numeric range, and the normal form the store keeps.
/// </summary>
internal sealed class ValueRule
{
    private Regex? _regex;

    /// <summary>What a good value looks like, for messages and schema descriptions ("a MAC address such as ...").</summary>
    public required string Expected { get; init; }

    /// <summary>The pattern a string value must match in full, or null.</summary>
    public string? Pattern { get; init; }

    /// <summary>The JSON Schema <c>format</c> annotation (informational in draft 2020-12; the pattern decides).</summary>
    public string? Format { get; init; }

    /// <summary>The values a string may take, compared ordinally, or null for any.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>Inclusive lower bound of a number.</summary>
    public double? Minimum { get; init; }

    /// <summary>Inclusive upper bound of a number.</summary>
    public double? Maximum { get; init; }

    /// <summary>Maps a value that passed the checks to its normal form; null keeps the value as given.</summary>
    public Func<string, string>? Normalize { get; init; }

    /// <summary>A suggestion for a rejected value ("did you mean x86_64?"), or null.</summary>
    public Func<string, string?>? Suggest { get; init; }

    /// <summary>True when a rejected value may hold a secret (a private key pasted as a public one), so errors never quote it.</summary>
    public Func<string, bool>? IsSensitive { get; init; }

    /// <summary>
    /// The compiled <see cref="Pattern"/>. No match timeout: the patterns are anchored with bounded repeats (RulePatterns),
    /// so a match costs at most a small multiple of the value's length, while a wall-clock timeout fired on good values
    /// whenever the machine was busy (an <c>apply</c> of 10,000 nodes at load 25 died of a RegexMatchTimeoutException).
    /// </summary>
    internal Regex CompiledPattern => _regex ??= new Regex(
        Pattern ?? throw new InvalidOperationException($"the rule for {Expected} has no pattern"),
        RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);

    /// <summary>Checks a string; returns its normal form, or null with <paramref name="error"/> set.</summary>
    public string? Check(string value, out FieldProblem? error)
    {
        var matches = AllowedValues is null ? MatchesPattern(value) : AllowedValues.Contains(value, StringComparer.Ordinal);
        if (!matches)
        {
            var suggestion = Suggest?.Invoke(value);
            var message = $"is not {Expected}" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?");
            error = new FieldProblem(message, IsSensitive?.Invoke(value) == true ? null : value);
            return null;
        }

        error = null;
        return Normalize is null ? value : Normalize(value);
    }

    /// <summary>Checks a number against <see cref="Minimum"/> and <see cref="Maximum"/>.</summary>
    public FieldProblem? Check(double value)
    {
        if ((Minimum is { } min && value < min) || (Maximum is { } max && value > max))
        {
            return new FieldProblem($"is not {Expected}", value.ToString(CultureInfo.InvariantCulture));
        }

        return null;
    }

    private bool MatchesPattern(string value)
    {
        if (Pattern is null)
        {
            return true;
        }

        // .NET's '$' also matches before a final newline; JSON Schema's (ECMA-262) does not, so insist on a full match.
        // Compiled: every API write checks a handful of values (the interpreter was a fifth of a PUT's store work).
        // EnumerateMatches: the first match without allocating a Match.
        foreach (var match in CompiledPattern.EnumerateMatches(value))
        {
            return match.Index == 0 && match.Length == value.Length;
        }

        return false;
    }
}
