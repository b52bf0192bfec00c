namespace Discovery.Store;

/// <summary>One filter a listing understands: its query-parameter name, what it matches, and how it becomes SQL.</summary>
internal sealed record RecordFilter(string Name, string Description, Func<string, FilterClause> Build)
{
    /// <summary>
    /// Equality on a column, or a LIKE when the value holds <c>*</c> (so <c>xname=x3000c0s*</c> works);
    /// <c>%</c>, <c>_</c> and <c>\</c> in the value match themselves.
    /// </summary>
    public static RecordFilter Column(string name, string column, string description, Func<string, string>? normalize = null, bool selective = false) =>
        new(name, description, value =>
        {
            var text = normalize is null ? value : normalize(value);
            if (!text.Contains('*', StringComparison.Ordinal))
            {
                return new FilterClause($"{column} = ?", [text], selective);
            }

            var pattern = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal).Replace('*', '%');
            return new FilterClause($"{column} LIKE ? ESCAPE '\\'", [pattern]);
        });
}
