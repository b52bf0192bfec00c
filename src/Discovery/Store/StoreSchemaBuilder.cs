using System.Globalization;

namespace Discovery.Store;

/// <summary>Creates the store's tables, and their indexes (after a bulk load, which is faster than indexing row by row).</summary>
internal static class StoreSchemaBuilder
{
    /// <summary>Creates every table and index, and records the schema version, in one transaction.</summary>
    public static void Create(StoreConnection connection)
    {
        connection.Run("BEGIN TRANSACTION");
        try
        {
            CreateTables(connection);
            CreateIndexes(connection);
            WriteSchemaVersion(connection);
            connection.Run("COMMIT");
        }
        catch
        {
            connection.Run("ROLLBACK");
            throw;
        }
    }

    public static void CreateTables(StoreConnection connection)
    {
        foreach (var table in StoreSchema.All)
        {
            connection.Run(table.CreateSql);
        }
    }

    public static void CreateIndexes(StoreConnection connection)
    {
        foreach (var sql in StoreSchema.All.SelectMany(t => t.CreateIndexSql))
        {
            connection.Run(sql);
        }
    }

    /// <summary>
    /// Adds the columns a table of the working set lacks (a record that gained a field since the file was written),
    /// in one transaction; existing rows read NULL there, as an absent field.
    /// </summary>
    public static void AddMissingColumns(StoreConnection connection)
    {
        var missing = StoreSchema.All
            .SelectMany(table => Missing(connection, table).Select(column => $"ALTER TABLE {table.Name} ADD COLUMN {column.Definition}"))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        connection.Run("BEGIN TRANSACTION");
        try
        {
            foreach (var sql in missing)
            {
                connection.Run(sql);
            }

            connection.Run("COMMIT");
        }
        catch
        {
            connection.Run("ROLLBACK");
            throw;
        }
    }

    /// <summary>The columns of <paramref name="table"/> that the database's table of that name lacks.</summary>
    public static IEnumerable<StoreColumn> Missing(StoreConnection connection, StoreTable table)
    {
        var present = connection.ReadAll(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?", [table.Name], r => r.GetString(0))
            .ToHashSet(StringComparer.Ordinal);
        return present.Count == 0 ? [] : table.Columns.Where(c => !present.Contains(c.Name));
    }

    public static void DropTables(StoreConnection connection)
    {
        foreach (var table in StoreSchema.All.Reverse())
        {
            connection.Run($"DROP TABLE IF EXISTS {table.Name}");
        }
    }

    public static void WriteSchemaVersion(StoreConnection connection) =>
        WriteMeta(connection, "schema_version", StoreSchema.Version.ToString(CultureInfo.InvariantCulture));

    public static void WriteMeta(StoreConnection connection, string key, string value)
    {
        connection.Execute($"DELETE FROM {StoreSchema.Meta.Name} WHERE key = ?", key);
        connection.Execute($"INSERT INTO {StoreSchema.Meta.Name} (key, value) VALUES (?, ?)", key, value);
    }
}
