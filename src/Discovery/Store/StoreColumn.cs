using Discovery.Records.Columns;
using Discovery.Store.DuckDb;

namespace Discovery.Store;

/// <summary>
/// One column of a store table: its name and type. Lists and maps are DuckDB's own LIST and MAP, so SQL over the
/// store or a snapshot reads them natively; a map binds as two lists (keys, values) through <c>map(?, ?)</c>.
/// </summary>
internal sealed record StoreColumn(string Name, ColumnType Type, bool NotNull = false)
{
    /// <summary>The column in CREATE TABLE.</summary>
    public string Definition => $"{Name} {ColumnTypes.Sql(Type)}{(NotNull ? " NOT NULL" : string.Empty)}";

    /// <summary>What an INSERT binds the column's value with.</summary>
    public string Placeholder => Type == ColumnType.TextMap ? "map(?, ?)" : "?";

    /// <summary>Adds the parameter values of <paramref name="value"/> (a record value, or null) for <see cref="Placeholder"/>.</summary>
    public void AddParameters(List<object?> parameters, object? value)
    {
        if (Type == ColumnType.TextMap)
        {
            parameters.Add(ColumnTypes.MapKeys(value));
            parameters.Add(ColumnTypes.MapValues(value));
            return;
        }

        parameters.Add(ColumnTypes.ToDuckDb(value));
    }
}
