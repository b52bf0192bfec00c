namespace Discovery.Text;

/// <summary>
/// How every error message shows a value someone wrote: in single quotes, and cut to its first
/// <see cref="MaxShown"/> characters with an ellipsis and the full length when it is longer
/// (<c>'aaaa…' (50000000 characters)</c>), so a 50 MB value in a manifest, flag or request gives a one-line
/// error that still says which value it was, instead of echoing the value whole to stderr or a 400.
/// </summary>
internal static class QuotedValue
{
    /// <summary>How many characters of a value an error message shows.</summary>
    public const int MaxShown = 200;

    /// <summary><paramref name="value"/> in single quotes, cut when long.</summary>
    public static string Of(string? value) =>
        value is null ? "''"
        : value.Length <= MaxShown ? $"'{value}'"
        : $"'{Head(value)}…' ({value.Length} characters)";

    /// <summary>
    /// <paramref name="value"/> without quotes, cut when long: for names people wrote that a message shows bare,
    /// such as a field name or key (<c>labels.aaaa… (9000000 characters)</c>).
    /// </summary>
    public static string Bare(string value) =>
        value.Length <= MaxShown ? value : $"{Head(value)}… ({value.Length} characters)";

    /// <summary>The first <see cref="MaxShown"/> characters, not splitting a surrogate pair.</summary>
    private static string Head(string value)
    {
        var length = char.IsHighSurrogate(value[MaxShown - 1]) ? MaxShown - 1 : MaxShown;
        return value[..length];
    }
}
