namespace Discovery.Records.Validation;

/// <summary>
/// One row of a record's field table: what the field means and which rule its value (each item of a list,
/// each value of a map) follows. The validator, the JSON Schema and manifests all read these rows.
/// </summary>
/// <param name="Name">The JSON (snake_case) name.</param>
/// <param name="Description">The schema description.</param>
internal sealed record FieldSpec(string Name, string Description)
{
    /// <summary>The rule for the value, for each item of a list, or for each value of a map; null for free text.</summary>
    public ValueRule? Rule { get; init; }

    /// <summary>The rule for each key of a map.</summary>
    public ValueRule? KeyRule { get; init; }

    /// <summary>The items of this list (the values of this map) are records of this kind, validated with its own table.</summary>
    public RecordDefinition? Items { get; init; }

    /// <summary>A list that is a set: the normal form drops repeats and sorts ordinally.</summary>
    public bool IsSet { get; init; }

    /// <summary>Written by discover (timestamps, crawl status): read-only in the schema and ignored in manifests.</summary>
    public bool ServerManaged { get; init; }
}
