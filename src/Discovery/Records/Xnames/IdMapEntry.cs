namespace Discovery.Records.Xnames;

/// <summary>One line of an id map: a BMC's IP or MAC and the xname the operator gave it.</summary>
internal sealed record IdMapEntry
{
    /// <summary>Whether <see cref="Key"/> is an IP or a MAC.</summary>
    public required IdMapKeyKind KeyKind { get; init; }

    /// <summary>The normalised key: canonical IP text or lower-case colon MAC.</summary>
    public required string Key { get; init; }

    /// <summary>The BMC's xname (a node BMC, chassis BMC or router BMC).</summary>
    public required Xname Xname { get; init; }

    /// <summary>The 1-based line of the entry in its file, for error messages.</summary>
    public required int Line { get; init; }
}
