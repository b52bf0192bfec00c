using System.Data.Common;
using DuckDB.NET.Data;

namespace Discovery.Store.DuckDb;

/// <summary>
/// One-call SQL on a DuckDB.NET connection with positional <c>?</c> parameters. Each call is a fresh command, so a
/// reader never outlives the command that owns it. Parameter values are CLR values DuckDB.NET binds (string,
/// Guid, integers, double, bool, DateTime, lists of strings) or null for NULL.
/// </summary>
internal static class DuckDbCommands
{
    /// <summary>Runs a statement; returns the rows it changed (0 for DDL).</summary>
    /// <exception cref="DuckDBException">The statement failed; the message is DuckDB's.</exception>
    public static int Execute(this DuckDBConnection connection, string sql, params IReadOnlyList<object?> parameters)
    {
        using var command = Create(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or null (no row, or NULL).</summary>
    public static object? Scalar(this DuckDBConnection connection, string sql, params IReadOnlyList<object?> parameters)
    {
        using var command = Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetValue(0) : null;
    }

    /// <summary>Reads every row of a query with <paramref name="read"/>.</summary>
    public static List<T> ReadAll<T>(this DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters, Func<DbDataReader, T> read)
    {
        using var command = Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Runs a query and hands its open reader to <paramref name="read"/> (for readers that look at the columns first).</summary>
    public static T WithReader<T>(this DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters, Func<DbDataReader, T> read)
    {
        using var command = Create(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        return read(reader);
    }

    /// <summary>Quotes <paramref name="text"/> as a SQL string literal (for file paths in COPY and read_parquet, which take no parameters).</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Quotes <paramref name="name"/> as a SQL identifier.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DuckDBCommand Create(DuckDBConnection connection, string sql, IReadOnlyList<object?> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
