namespace Discovery.Records.Manifests;

/// <summary>One top-level field an apply changes.</summary>
/// <param name="Field">The field's JSON name (a list or map is one field: it is replaced whole).</param>
/// <param name="Old">The value before, as compact JSON (<c>"nid0001"</c>, <c>["compute"]</c>), or null when it was unset.</param>
/// <param name="New">The value after, as compact JSON, or null when it is now unset.</param>
internal sealed record FieldChange(string Field, string? Old, string? New)
{
    /// <summary>The form <c>hostname: null -> "nid0001"</c>.</summary>
    public override string ToString() => $"{Field}: {Old ?? "null"} -> {New ?? "null"}";
}
