using Discovery.Records.Columns;

namespace Discovery.Store;

/// <summary>
/// A listing's order, declared once by column names: as SQL for the pages DuckDB sorts (<c>ORDER BY ... LIMIT</c>)
/// and as a comparer for the few rows a keyed or selective read sorts itself (<see cref="DuckDbOrder"/>).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class SortOrder<T> : IComparer<T>
    where T : class
{
    private readonly IReadOnlyList<RecordColumn<T>> _columns;

    /// <param name="table">The table whose columns these are.</param>
    /// <param name="columns">The columns, most significant first; end with the id so the order is total.</param>
    public SortOrder(RecordTable<T> table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        _columns = [.. columns.Select(c => table.Map.Find(c) ?? throw new ArgumentException($"{table.Name} has no column '{c}'", nameof(columns)))];
        Sql = string.Join(", ", columns.Select(c => $"{table.Name}.{c} NULLS LAST"));
    }

    /// <summary>The ORDER BY list (without the keywords).</summary>
    public string Sql { get; }

    public int Compare(T? x, T? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        foreach (var column in _columns)
        {
            if (DuckDbOrder.Compare(column.Get(x), column.Get(y)) is var order and not 0)
            {
                return order;
            }
        }

        return 0;
    }
}
