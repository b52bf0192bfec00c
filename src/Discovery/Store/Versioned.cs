namespace Discovery.Store;

/// <summary>A record with its version: a number from one store-wide counter, raised on every change of the record.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Record">The record as stored (children, groups and the effective boot profile filled in).</param>
/// <param name="Version">The record's version; never reused, even after a delete and a re-create.</param>
internal sealed record Versioned<T>(T Record, long Version)
{
    /// <summary>The HTTP entity tag of this version (<c>"42"</c>, quotes included).</summary>
    public string ETag => EntityTags.Format(Version);
}
