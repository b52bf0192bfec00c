namespace Discovery.Store;

/// <summary>
/// The ids of a page of records as a WHERE clause for their children: an explicit list for a page (an index
/// lookup each), or the page's own query as a subquery when it is too long to spell out.
/// </summary>
internal static class OwnerIds
{
    private const int MaxListed = 1000;

    public static FilterClause In(string column, IReadOnlyList<Guid> ids, StoreTable owners, FilterClause where, string orderBy, string suffix)
    {
        if (ids.Count <= MaxListed)
        {
            return new FilterClause($"{column} IN ({string.Join(", ", ids.Select(_ => "?"))})", [.. ids.Select(i => i.ToString())]);
        }

        return new FilterClause(
            $"{column} IN (SELECT {owners.Name}.id FROM {owners.Name} WHERE {where.Sql} ORDER BY {orderBy} {suffix})",
            where.Parameters);
    }
}
