namespace Discovery.MockBmc.Tests;

/// <summary>
/// Whether a rewritten identity value still has the form of the original, as a schema's pattern would check it:
/// same length and separators; letters in the original's case; a value made only of hex digits (MAC, UUID,
/// colon-hex certificate serial) stays hex; and in serial numbers each digit stays a digit, each hex letter a hex
/// letter, each other letter a letter.
/// </summary>
internal static class ValueForms
{
    public static bool Kept(string original, string rewritten, string property)
    {
        if (original.Length != rewritten.Length)
        {
            return false;
        }

        var hex = original.All(c => !char.IsAsciiLetterOrDigit(c) || char.IsAsciiHexDigit(c));
        var upper = original.Any(char.IsAsciiLetterUpper);
        var lower = original.Any(char.IsAsciiLetterLower);
        var serial = property.Contains("SerialNumber", StringComparison.Ordinal);
        for (var i = 0; i < original.Length; i++)
        {
            var (o, r) = (original[i], rewritten[i]);
            var ok = !char.IsAsciiLetterOrDigit(o)
                ? r == o
                : char.IsAsciiLetterOrDigit(r)
                    && !(upper && !lower && char.IsAsciiLetterLower(r))
                    && !(lower && !upper && char.IsAsciiLetterUpper(r))
                    && (!hex || char.IsAsciiHexDigit(r))
                    && (!serial || SameClass(o, r));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameClass(char original, char rewritten) =>
        char.IsAsciiDigit(original) ? char.IsAsciiDigit(rewritten)
        : char.IsAsciiHexDigitUpper(original) ? char.IsAsciiHexDigitUpper(rewritten) && char.IsAsciiLetter(rewritten)
        : char.IsAsciiHexDigitLower(original) ? char.IsAsciiHexDigitLower(rewritten) && char.IsAsciiLetter(rewritten)
        : char.IsAsciiLetterUpper(original) ? char.IsAsciiLetterUpper(rewritten)
        : char.IsAsciiLetterLower(rewritten);
}
