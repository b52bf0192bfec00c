namespace Discovery.Text;

/// <summary>Levenshtein distance, for "did you mean" hints on mistyped keys and field names.</summary>
internal static class EditDistance
{
    /// <summary>Beyond this difference in length the strings are nothing alike; the difference is returned as is.</summary>
    private const int FarApart = 64;

    /// <summary>
    /// The edit distance, or (when the lengths differ by more than <see cref="FarApart"/>) the length difference,
    /// which is a lower bound far above any hint's threshold: a 50 MB key must not cost minutes of comparisons.
    /// </summary>
    public static int Between(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > FarApart)
        {
            return Math.Abs(a.Length - b.Length);
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
