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
    private readonly bool[] _natural;
    private readonly string _table;

    /// <param name="table">The table whose columns these are.</param>
    /// <param name="columns">The columns, most significant first; end with the id so the order is total.</param>
    public SortOrder(RecordTable<T> table, params string[] columns)
        : this(table, [], columns)
    {
    }

    /// <param name="table">The table whose columns these are.</param>
    /// <param name="natural">Text columns sorted in natural order (<see cref="NaturalSortKey"/>: <c>s2</c> before <c>s10</c>), then ordinally.</param>
    /// <param name="columns">The columns, most significant first; end with the id so the order is total.</param>
    public SortOrder(RecordTable<T> table, IReadOnlyCollection<string> natural, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(natural);
        ArgumentNullException.ThrowIfNull(table);
        _columns = [.. columns.Select(c => table.Map.Find(c) ?? throw new ArgumentException($"{table.Name} has no column '{c}'", nameof(columns)))];
        if (_columns.FirstOrDefault(c => c.Type is not (ColumnType.Text or ColumnType.Uuid)) is { } other)
        {
            // Page cursors carry the sort key as text; text and UUIDs are all a listing sorts by.
            throw new ArgumentException($"{table.Name}.{other.Name} is not text or a UUID and cannot order a listing", nameof(columns));
        }

        _table = table.Name;
        _natural = [.. columns.Select(natural.Contains)];
        Sql = string.Join(", ", columns.Select((c, i) => _natural[i]
            ? $"{NaturalSortKey.Sql($"{table.Name}.{c}")} NULLS LAST, {table.Name}.{c} NULLS LAST"
            : $"{table.Name}.{c} NULLS LAST"));
    }

    /// <summary>The ORDER BY list (without the keywords).</summary>
    public string Sql { get; }

    /// <summary>The <c>after</c> cursor that continues a listing after <paramref name="record"/>.</summary>
    public string CursorOf(T record) =>
        PageCursor.Encode([.. _columns.Select(c => c.Get(record) switch
        {
            null => null,
            Guid id => id.ToString("D"),
            var value => (string)value,
        })]);

    /// <summary>
    /// The rows that sort after <paramref name="cursor"/>'s record in this order (ascending, NULLS LAST): for sort key
    /// (a, b, id), those with a greater a, or the same a and a greater b, or the same a and b and a greater id.
    /// </summary>
    /// <exception cref="InventoryQueryException">Not a cursor of this order.</exception>
    public FilterClause After(string cursor)
    {
        var values = Decode(cursor);
        var alternatives = new List<string>();
        var parameters = new List<string?>();
        for (var i = 0; i < _columns.Count; i++)
        {
            if (values[i] is null)
            {
                // Nothing sorts after NULL (NULLS LAST) in this column.
                continue;
            }

            var terms = new List<string>();
            for (var j = 0; j < i; j++)
            {
                terms.Add(values[j] is null ? $"{Column(j)} IS NULL" : $"{Column(j)} = {Parameter(j)}");
                if (values[j] is not null)
                {
                    parameters.Add(values[j]);
                }
            }

            if (_natural[i])
            {
                // Greater in natural order, or the same key (equal but for leading zeros) and greater as text.
                var key = NaturalSortKey.Sql(Column(i));
                terms.Add($"({key} > CAST(? AS VARCHAR) OR ({key} = CAST(? AS VARCHAR) AND {Column(i)} > CAST(? AS VARCHAR)) OR {Column(i)} IS NULL)");
                parameters.AddRange([NaturalSortKey.Of(values[i]), NaturalSortKey.Of(values[i]), values[i]]);
            }
            else
            {
                terms.Add($"({Column(i)} > {Parameter(i)} OR {Column(i)} IS NULL)");
                parameters.Add(values[i]);
            }
            alternatives.Add("(" + string.Join(" AND ", terms) + ")");
        }

        return new FilterClause(alternatives.Count == 0 ? "FALSE" : "(" + string.Join(" OR ", alternatives) + ")", parameters);
    }

    /// <summary>The sort-key values <paramref name="cursor"/> carries, one per column of this order.</summary>
    /// <exception cref="InventoryQueryException">Not a cursor of this order.</exception>
    public IReadOnlyList<string?> Decode(string cursor)
    {
        var values = PageCursor.Decode(cursor, _columns.Count);
        if (_columns.Select((c, i) => c.Type == ColumnType.Uuid && values[i] is { } text && !Guid.TryParse(text, out _)).Any(bad => bad))
        {
            throw new InventoryQueryException("after", "the cursor's id is not a UUID; pass the next_after of the previous page");
        }

        return values;
    }

    public int Compare(T? x, T? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < _columns.Count; i++)
        {
            var (a, b) = (_columns[i].Get(x), _columns[i].Get(y));
            if (_natural[i] && DuckDbOrder.Compare(NaturalSortKey.Of((string?)a), NaturalSortKey.Of((string?)b)) is var byKey and not 0)
            {
                return byKey;
            }

            if (DuckDbOrder.Compare(a, b) is var order and not 0)
            {
                return order;
            }
        }

        return 0;
    }

    private string Column(int index) => $"{_table}.{_columns[index].Name}";

    private string Parameter(int index) => _columns[index].Type == ColumnType.Uuid ? "CAST(? AS UUID)" : "CAST(? AS VARCHAR)";
}
