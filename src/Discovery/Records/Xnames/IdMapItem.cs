namespace Discovery.Records.Xnames;

/// <summary>One raw entry as written, before normalisation: either <see cref="FlatKey"/> or IP and/or MAC.</summary>
internal sealed record IdMapItem
{
    public string? Ip { get; init; }

    public string? Mac { get; init; }

    /// <summary>A flat-map key, which may be an IP or a MAC.</summary>
    public string? FlatKey { get; init; }

    public string? Xname { get; init; }

    public required int Line { get; init; }

    /// <summary>The line of the xname value itself (the entry's line in a flat map), where xname errors point.</summary>
    public int XnameLine { get; init; }
}
