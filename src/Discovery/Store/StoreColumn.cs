namespace Discovery.Store;

/// <summary>
/// One column of a store table: its name and DuckDB type. List and map columns travel through the binding as
/// JSON text, so they read and bind through an expression instead of the bare column; UUIDs bind as text.
/// </summary>
internal sealed record StoreColumn(string Name, string Type)
{
    /// <summary>What a SELECT reads: the column, or lists and maps as JSON text.</summary>
    public string SelectExpression => IsJson ? $"CAST(to_json({Name}) AS VARCHAR)" : Name;

    /// <summary>What an INSERT binds: <c>?</c>, or a cast from JSON text for lists and maps.</summary>
    public string ParameterExpression => IsJson ? $"CAST(CAST(? AS JSON) AS {Type})" : "?";

    private bool IsJson => Type.EndsWith("[]", StringComparison.Ordinal) || Type.StartsWith("MAP", StringComparison.Ordinal);
}
