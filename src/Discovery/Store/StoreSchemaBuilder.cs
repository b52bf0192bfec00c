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
