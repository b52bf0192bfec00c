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
    /// Adds the columns a table of the working set lacks (a record that gained a field since the file was written);
    /// existing rows read NULL there, as an absent field. Then makes sure every index exists.
    /// </summary>
    public static void AddMissingColumns(StoreConnection connection)
    {
        foreach (var table in StoreSchema.All)
        {
            // A table added since the file was written (boot sessions) is created empty.
            connection.Run(table.CreateSql.Replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", StringComparison.Ordinal));
            var columns = Missing(connection, table).ToList();
            if (columns.Count == 0)
            {
                continue;
            }

            // DuckDB alters no table that an index depends on: drop its indexes, add the columns, index again below.
            // Each statement commits on its own: DuckDB 1.5.6 aborts the process ("pure virtual method called") when
            // one transaction drops an index, adds a column and creates the index again. A kill in between leaves a
            // table with its new columns and no index, which the next open indexes.
            foreach (var index in table.Indexes)
            {
                connection.Run($"DROP INDEX IF EXISTS {table.Name}_{index}");
            }

            foreach (var column in columns)
            {
                connection.Run($"ALTER TABLE {table.Name} ADD COLUMN {column.Definition}");
            }
        }

        CreateMissingIndexes(connection);
    }

    /// <summary>Creates the indexes that do not exist (after a restore that left them out, or a kill before they were built).</summary>
    public static void CreateMissingIndexes(StoreConnection connection)
    {
        foreach (var sql in StoreSchema.All.SelectMany(t => t.CreateIndexSql))
        {
            connection.Run(sql.Replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", StringComparison.Ordinal));
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
