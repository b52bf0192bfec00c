namespace Discovery.Storage.Inventory;

/// <summary>
/// One table of the working set. The column order is the order every INSERT and SELECT of the store uses,
/// and the order of the Parquet columns in a snapshot.
/// </summary>
internal sealed class StoreTable
{
    public StoreTable(string name, IReadOnlyList<StoreColumn> columns, string? primaryKey = "id", IReadOnlyList<string>? indexes = null)
    {
        Name = name;
        Columns = columns;
        PrimaryKey = primaryKey;
        Indexes = indexes ?? [];
        ColumnList = string.Join(", ", columns.Select(c => c.Name));
        SelectList = string.Join(", ", columns.Select(c => c.SelectExpression));
        Placeholders = string.Join(", ", columns.Select(c => c.ParameterExpression));
    }

    public string Name { get; }

    public IReadOnlyList<StoreColumn> Columns { get; }

    public string? PrimaryKey { get; }

    /// <summary>Columns with a secondary (ART) index, for the lookups the API filters on.</summary>
    public IReadOnlyList<string> Indexes { get; }

    /// <summary><c>id, xname, ...</c> in table order.</summary>
    public string ColumnList { get; }

    /// <summary>The columns as a SELECT reads them (lists and maps as JSON text), in table order.</summary>
    public string SelectList { get; }

    /// <summary><c>?, ?, ...</c>, one per column (lists and maps cast from JSON text).</summary>
    public string Placeholders { get; }

    public string CreateSql =>
        $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.Type}{(c.Name == PrimaryKey ? " PRIMARY KEY" : string.Empty)}"))})";

    public IEnumerable<string> CreateIndexSql => Indexes.Select(column => $"CREATE INDEX {Name}_{column} ON {Name} ({column})");

    /// <summary>Inserts a whole row, replacing the row with the same primary key.</summary>
    public string UpsertSql => $"INSERT OR REPLACE INTO {Name} ({ColumnList}) VALUES ({Placeholders})";
}
