namespace Discovery.Text;

/// <summary>
/// Finds a UTF-16 surrogate without its pair. Such text is not Unicode, so a JSON reader (which transcodes to
/// UTF-8 first) throws on it; a file decoded from UTF-8 never holds one, but a JSON string in an API body can
/// (<c>"\ud800"</c>), so readers of people's text look first and report it as an error.
/// </summary>
internal static class UnpairedSurrogate
{
    /// <summary>The index of the first unpaired surrogate in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The 1-based line of <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    /// <summary>How an error names it: <c>an unpaired UTF-16 surrogate U+D800 (the text is not Unicode)</c>.</summary>
    public static string Describe(string text, int index) => $"an unpaired UTF-16 surrogate U+{(int)text[index]:X4} (the text is not Unicode)";
}
