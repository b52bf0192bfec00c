namespace Discovery.Records.Columns;

/// <summary>
/// One column of a record: its snake_case name (the JSON name), its <see cref="ColumnType"/>, where it is kept,
/// how listings filter on it, and how to get its value from a record and set it on one. Values are boxed in the
/// CLR form of the type (<see cref="ColumnType"/>), null when absent.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordColumn<T>
    where T : class
{
    private readonly Func<T, object?> _get;
    private readonly Func<T, object?, T> _set;

    public RecordColumn(string name, ColumnType type, Func<T, object?> get, Func<T, object?, T> set, ColumnPlacement placement, ColumnFilter? filter)
    {
        Name = name;
        Type = type;
        _get = get;
        _set = set;
        Placement = placement;
        Filter = filter;
    }

    /// <summary>The column name, the same as the record's JSON property name.</summary>
    public string Name { get; }

    public ColumnType Type { get; }

    public ColumnPlacement Placement { get; }

    /// <summary>How listings filter on this column, or null when they do not.</summary>
    public ColumnFilter? Filter { get; }

    /// <summary>The record's value for this column (boxed), or null.</summary>
    public object? Get(T record) => _get(record);

    /// <summary>A copy of <paramref name="record"/> with this column set to <paramref name="value"/> (null: absent).</summary>
    public T Set(T record, object? value) => _set(record, value);

    public bool IsIn(ColumnPlacement placement) => (Placement & placement) != 0;
}
