namespace Discovery.Store;

/// <summary>A record as one table row: its scalar fields and its version.</summary>
internal sealed record StoredRow<T>(T Record, long Version);
