namespace Discovery.Scanning.Probes;

/// <summary>The parts of a Redfish SSDP answer (DSP0266 "Discovery") a scan uses.</summary>
internal sealed record SsdpResponse
{
    /// <summary>The USN header, e.g. <c>uuid:92384634-...::urn:dmtf-org:service:redfish-rest:1</c>.</summary>
    public required string Usn { get; init; }

    /// <summary>The service UUID taken from the USN, lower case; null when the USN carries none.</summary>
    public string? Uuid { get; init; }

    /// <summary>The AL header: the URL of the Redfish service root (LOCATION when AL is missing).</summary>
    public Uri? Location { get; init; }
}
