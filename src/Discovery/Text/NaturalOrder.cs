namespace Discovery.Text;

/// <summary>
/// Compares text with runs of ASCII digits compared as numbers, so <c>Memory/2</c> sorts before <c>Memory/10</c>
/// (as a person counts slots). Other characters compare ordinally. Numbers compare by value at any length (no
/// overflow): leading zeros are skipped, then the longer run is the larger. Texts equal but for leading zeros
/// (<c>d01</c>, <c>d1</c>) fall back to ordinal order, so the order is total and the same on every machine.
/// </summary>
/// <remarks>
/// Not <c>CompareOptions.NumericOrdering</c>: that needs ICU culture data, and the project runs with invariant globalization.
/// </remarks>
internal sealed class NaturalOrder : IComparer<string?>
{
    /// <summary>The one instance.</summary>
    public static readonly NaturalOrder Instance = new();

    private NaturalOrder()
    {
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var (i, j) = (0, 0);
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = DigitRun(x, ref i);
                var b = DigitRun(y, ref j);
                var byNumber = a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
                if (byNumber != 0)
                {
                    return byNumber;
                }

                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            (i, j) = (i + 1, j + 1);
        }

        var byRest = (x.Length - i).CompareTo(y.Length - j);
        return byRest != 0 ? byRest : string.CompareOrdinal(x, y);
    }

    /// <summary>
    /// A text whose ordinal order is this order (for ASCII text): every run of digits, leading zeros dropped, becomes its
    /// length in four digits and then the digits (<c>s2</c> is <c>s00012</c>, <c>s10</c> is <c>s000210</c>). A database
    /// can compute the same key (<see cref="Store.NaturalSortKey"/>) and sort and page by it; texts with the same key
    /// (equal but for leading zeros) then go by ordinal order, as here.
    /// </summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new System.Text.StringBuilder(text.Length + 8);
        var at = 0;
        while (at < text.Length)
        {
            if (!char.IsAsciiDigit(text[at]))
            {
                key.Append(text[at++]);
                continue;
            }

            var digits = DigitRun(text, ref at);
            key.Append(digits.Length.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append(digits);
        }

        return key.ToString();
    }

    /// <summary>The digits from <paramref name="at"/> without leading zeros; moves <paramref name="at"/> past the run.</summary>
    private static ReadOnlySpan<char> DigitRun(string text, ref int at)
    {
        var start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return text.AsSpan(start, at - start).TrimStart('0');
    }
}
