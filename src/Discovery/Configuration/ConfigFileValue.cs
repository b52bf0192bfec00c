namespace Discovery.Configuration;

/// <summary>A value read from a config file: its text items (several for a YAML list) and its line.</summary>
/// <param name="Values">The scalar, or the list items, as written (trimmed).</param>
/// <param name="Line">The 1-based line of the value.</param>
/// <param name="IsList">True when the file wrote a YAML list.</param>
internal sealed record ConfigFileValue(IReadOnlyList<string> Values, int Line, bool IsList);
