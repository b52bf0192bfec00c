using Discovery.Text;

namespace Discovery.Store;

/// <summary>
/// <see cref="NaturalOrder.Key"/> as DuckDB computes it, so that SQL listings sort and page xnames the way people count
/// (<c>s2</c> before <c>s10</c>) and agree row for row with the read model, which sorts by the same key in memory.
/// </summary>
internal static class NaturalSortKey
{
    /// <summary>
    /// The SQL for the key of <paramref name="expression"/> (NULL stays NULL): the text split into runs of digits and
    /// of other characters, each digit run without leading zeros and prefixed with its length in four digits.
    /// </summary>
    public static string Sql(string expression) =>
        $"array_to_string(list_transform(regexp_extract_all({expression}, '[0-9]+|[^0-9]+'), "
        + "run -> CASE WHEN run[1] BETWEEN '0' AND '9' "
        + "THEN lpad(CAST(length(ltrim(run, '0')) AS VARCHAR), 4, '0') || ltrim(run, '0') ELSE run END), '')";

    /// <summary>The key of <paramref name="text"/>, or null.</summary>
    public static string? Of(string? text) => text is null ? null : NaturalOrder.Key(text);
}
