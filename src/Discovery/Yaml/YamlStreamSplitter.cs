namespace Discovery.Yaml;

/// <summary>
/// Cuts a long multi-document YAML text into parts at document-start markers (a line that is <c>---</c> alone or
/// followed by a space), so that the parts can be parsed on several cores. YAML forbids a document marker at the
/// start of a line inside any scalar or collection, so a valid text is cut only where a document ends; a text
/// that breaks this rule fails to parse in some part, and the caller reads it whole to report the error a whole
/// read reports. Each part starts with as many empty lines as came before it, so the lines a parser reports in
/// a part are the lines of the whole text.
/// </summary>
internal static class YamlStreamSplitter
{
    /// <summary>
    /// Up to <paramref name="parts"/> parts of at least about <paramref name="minimumPartChars"/> characters each,
    /// or null when the text is better read whole: it is short, has no marker to cut at, carries directives
    /// (<c>%YAML</c>, <c>%TAG</c> belong to the marker that follows them), or ends lines with a bare carriage
    /// return (the padding counts lines by line feeds).
    /// </summary>
    public static IReadOnlyList<string>? Split(string text, int parts, int minimumPartChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumPartChars, 1);
        parts = (int)Math.Min(parts, text.Length / (long)minimumPartChars);
        if (parts < 2 || HasDirective(text) || HasBareCarriageReturn(text))
        {
            return null;
        }

        var cuts = new List<int> { 0 };
        for (var i = 1; i < parts; i++)
        {
            var cut = NextMarkerLine(text, Math.Max(cuts[^1] + 1, (int)((long)text.Length * i / parts)));
            if (cut < 0)
            {
                break;
            }

            cuts.Add(cut);
        }

        if (cuts.Count < 2)
        {
            return null;
        }

        cuts.Add(text.Length);
        var result = new List<string>(cuts.Count - 1);
        var linesBefore = 0;
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var part = text.AsSpan(cuts[i], cuts[i + 1] - cuts[i]);
            result.Add(string.Concat(new string('\n', linesBefore), part));
            linesBefore += part.Count('\n');
        }

        return result;
    }

    /// <summary>The start of the first marker line that starts at or after <paramref name="from"/> (at least 1), or -1.</summary>
    private static int NextMarkerLine(string text, int from)
    {
        for (var at = text.IndexOf("\n---", from - 1, StringComparison.Ordinal); at >= 0; at = text.IndexOf("\n---", at + 1, StringComparison.Ordinal))
        {
            var after = at + 4;
            if (after == text.Length || text[after] is '\n' or '\r' or ' ' or '\t')
            {
                return at + 1;
            }
        }

        return -1;
    }

    private static bool HasDirective(string text) => text.StartsWith('%') || text.Contains("\n%", StringComparison.Ordinal);

    private static bool HasBareCarriageReturn(string text)
    {
        for (var at = text.IndexOf('\r'); at >= 0; at = text.IndexOf('\r', at + 1))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                return true;
            }
        }

        return false;
    }
}
