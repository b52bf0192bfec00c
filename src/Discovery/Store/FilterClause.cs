namespace Discovery.Store;

/// <summary>
/// A piece of a WHERE clause with its <c>?</c> parameters, in order. <paramref name="Selective"/>: it matches a few
/// rows through an index (an exact xname, id, MAC...), so a listing sorts them itself rather than ask DuckDB for
/// ORDER BY ... LIMIT, whose top-N plan scans the whole table instead of using the index.
/// </summary>
internal sealed record FilterClause(string Sql, IReadOnlyList<string?> Parameters, bool Selective = false)
{
    /// <summary>Both this clause and <paramref name="other"/>; selective when either is.</summary>
    public FilterClause And(FilterClause other) =>
        new($"{Sql} AND {other.Sql}", [.. Parameters, .. other.Parameters], Selective || other.Selective);
}
