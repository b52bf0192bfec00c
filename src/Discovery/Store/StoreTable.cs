namespace Discovery.Store;

/// <summary>
/// One table of the working set. The column order is the order every INSERT and SELECT of the store uses,
/// and the order of the Parquet columns in a snapshot. There are no constraints: ids are unique because the
/// store hands them out under its write lock, and a constraint-free table bulk-loads a snapshot several times
/// faster. Indexes are built after a load.
/// </summary>
internal sealed class StoreTable
{
    public StoreTable(string name, IReadOnlyList<StoreColumn> columns, IReadOnlyList<string>? indexes = null)
    {
        Name = name;
        Columns = columns;
        Indexes = indexes ?? [];
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
        SelectList = string.Join(", ", columns.Select(c => c.SelectExpression));
        Placeholders = string.Join(", ", columns.Select(c => c.ParameterExpression));
    }

    public string Name { get; }

    public IReadOnlyList<StoreColumn> Columns { get; }

    /// <summary>Columns with an ART index, for the point lookups the API and collect make most.</summary>
    public IReadOnlyList<string> Indexes { get; }

    /// <summary><c>id, xname, ...</c> in table order.</summary>
    public string ColumnList { get; }

    /// <summary>The columns as a SELECT reads them (lists and maps as JSON text), in table order.</summary>
    public string SelectList { get; }

    /// <summary><c>?, ?, ...</c>, one per column (lists and maps cast from JSON text).</summary>
    public string Placeholders { get; }

    public string CreateSql => $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.Type}"))})";

    public IEnumerable<string> CreateIndexSql => Indexes.Select(column => $"CREATE INDEX {Name}_{column} ON {Name} ({column})");

    public string InsertSql => $"INSERT INTO {Name} ({ColumnList}) VALUES ({Placeholders})";

    public string DeleteByIdSql => $"DELETE FROM {Name} WHERE id = ?";
}
