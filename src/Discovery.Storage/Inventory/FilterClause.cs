namespace Discovery.Storage.Inventory;

/// <summary>A piece of a WHERE clause with its <c>?</c> parameters, in order.</summary>
internal sealed record FilterClause(string Sql, IReadOnlyList<string?> Parameters);
