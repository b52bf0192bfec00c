namespace Discovery.Records.Parts;

/// <summary>
/// A location the BMC reports with <c>Status.State</c> <c>Absent</c>: a socket or slot that holds nothing. Kept as a
/// location, not as a part, so an emptied slot reads as "removed" and never as a part with no serial.
/// </summary>
internal sealed record EmptySlot
{
    /// <summary>The kind of part the slot takes (<see cref="PartKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>The slot's location (service label, else Redfish Id).</summary>
    public string? Location { get; init; }

    /// <summary>The Redfish URI that reported it.</summary>
    public string? RedfishUri { get; init; }
}
