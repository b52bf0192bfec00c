namespace Discovery.Records.Parts;

/// <summary>Redfish <c>Status</c> of a part, as reported (<c>Enabled</c>/<c>Absent</c>/..., <c>OK</c>/<c>Warning</c>/<c>Critical</c>).</summary>
internal sealed record PartStatus
{
    /// <summary>No status reported.</summary>
    public static readonly PartStatus Unknown = new();

    /// <summary>Redfish <c>Status.State</c>.</summary>
    public string? State { get; init; }

    /// <summary>Redfish <c>Status.Health</c>.</summary>
    public string? Health { get; init; }
}
