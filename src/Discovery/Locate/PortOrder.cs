namespace Discovery.Locate;

/// <summary>Orders port names the way people read them: Ethernet2 before Ethernet10 (digit runs compare as numbers).</summary>
internal sealed class PortOrder : IComparer<string?>
{
    public static readonly PortOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var (a, nextI) = Number(x, i);
                var (b, nextJ) = Number(y, j);
                if (a != b)
                {
                    return a.CompareTo(b);
                }

                (i, j) = (nextI, nextJ);
                continue;
            }

            var c = x[i].CompareTo(y[j]);
            if (c != 0)
            {
                return c;
            }

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static (long Value, int End) Number(string text, int start)
    {
        long value = 0;
        var at = start;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && value < long.MaxValue / 10)
        {
            value = (value * 10) + (text[at] - '0');
            at++;
        }

        return (value, at);
    }
}
