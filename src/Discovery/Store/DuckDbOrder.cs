using System.Text;

namespace Discovery.Store;

/// <summary>
/// DuckDB's ascending order, for sorting in memory what a query read without ORDER BY: VARCHAR compares its UTF-8
/// bytes, a UUID compares as its canonical text, and NULL sorts last. Planning an ORDER BY costs DuckDB more than
/// reading a few rows (and DuckDB.NET plans every statement afresh), so a read of a handful of rows sorts here.
/// </summary>
internal static class DuckDbOrder
{
    /// <summary>Compares two column values of the same type the way <c>ORDER BY column NULLS LAST</c> does.</summary>
    public static int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string a, string b) => CompareUtf8(a, b),
        (Guid a, Guid b) => string.CompareOrdinal(a.ToString("D"), b.ToString("D")),
        (IComparable a, _) => a.CompareTo(y),
        _ => throw new ArgumentException($"cannot order values of type {x.GetType().Name}", nameof(x)),
    };

    /// <summary>UTF-8 byte order: the same as UTF-16 order except where a surrogate pair meets U+E000-U+FFFF.</summary>
    public static int CompareUtf8(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Ascii.IsValid(a) && Ascii.IsValid(b)
            ? string.CompareOrdinal(a, b)
            : Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b));
    }
}
