namespace Discovery.Records.Columns;

/// <summary>
/// How a column filters listings (<c>GET /nodes?model=...</c>): equality, or a glob with <c>*</c>.
/// </summary>
/// <param name="Description">What the filter matches, for help and the API description.</param>
/// <param name="Selective">An exact value matches a few rows through an index, so a listing pages them itself.</param>
/// <param name="Normalize">Brings the value to the column's stored form first (lower case UUIDs), or null.</param>
internal sealed record ColumnFilter(string Description, bool Selective = false, Func<string, string>? Normalize = null)
{
    /// <summary>A filter whose value is compared in lower case (ids, UUIDs), trimmed.</summary>
    public static ColumnFilter LowerCase(string description) => new(description, Normalize: value => value.Trim().ToLowerInvariant());
}
