namespace Discovery.Store;

/// <summary>
/// One table of the working set. Every INSERT and SELECT of the store names its columns, so the order here is only
/// the order of CREATE TABLE and of the Parquet columns in a snapshot. There are no constraints: ids are unique
/// because the store hands them out under its write lock, and a constraint-free table bulk-loads a snapshot several
/// times faster. Indexes are built after a load.
/// </summary>
internal sealed class StoreTable
{
    public StoreTable(string name, IReadOnlyList<StoreColumn> columns, IReadOnlyList<string>? indexes = null)
    {
        Name = name;
        Columns = columns;
        Indexes = indexes ?? [];
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
        InsertSql = $"INSERT INTO {Name} ({ColumnList}) VALUES ({string.Join(", ", columns.Select(c => c.Placeholder))})";
    }

    public string Name { get; }

    public IReadOnlyList<StoreColumn> Columns { get; }

    /// <summary>Columns with an ART index, for the point lookups the API and collect make most.</summary>
    public IReadOnlyList<string> Indexes { get; }

    /// <summary><c>id, xname, ...</c> in table order.</summary>
    public string ColumnList { get; }

    public string CreateSql => $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => c.Definition))})";

    public IEnumerable<string> CreateIndexSql => Indexes.Select(column => $"CREATE INDEX {Name}_{column} ON {Name} ({column})");

    /// <summary>An INSERT of one row; bind it with <see cref="Parameters"/>.</summary>
    public string InsertSql { get; }

    public string DeleteByIdSql => $"DELETE FROM {Name} WHERE id = ?";

    /// <summary>The parameters of <see cref="InsertSql"/> for one row's values, given in column order.</summary>
    public List<object?> Parameters(IReadOnlyList<object?> values)
    {
        var parameters = new List<object?>(values.Count + 1);
        for (var i = 0; i < Columns.Count; i++)
        {
            Columns[i].AddParameters(parameters, values[i]);
        }

        return parameters;
    }
}
