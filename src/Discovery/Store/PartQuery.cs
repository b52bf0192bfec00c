namespace Discovery.Store;

/// <summary>Which parts <c>GET /parts</c> (and <c>discover get parts</c>) lists; every given field must match exactly.</summary>
internal sealed record PartQuery
{
    /// <summary>One kind (<see cref="Records.Parts.PartKinds"/>), or null for every kind.</summary>
    public string? Kind { get; init; }

    /// <summary>Serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>Model.</summary>
    public string? Model { get; init; }

    /// <summary>Manufacturer.</summary>
    public string? Manufacturer { get; init; }

    /// <summary>Part number.</summary>
    public string? PartNumber { get; init; }

    /// <summary>Location (socket, slot).</summary>
    public string? Location { get; init; }

    /// <summary>At most this many parts (default 1000).</summary>
    public int Limit { get; init; } = 1000;
}
