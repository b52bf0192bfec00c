namespace Discovery.Store;

/// <summary>
/// One field that changed: its snake_case JSON path (<c>hostname</c>, <c>network_interfaces[eth0].mac_address</c>)
/// and the values before and after as compact JSON text (null when absent).
/// </summary>
/// <param name="Field">The JSON path of the field.</param>
/// <param name="Before">The old value as JSON, or null when the field was absent.</param>
/// <param name="After">The new value as JSON, or null when the field is now absent.</param>
internal sealed record FieldChange(string Field, string? Before, string? After);
