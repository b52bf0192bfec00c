namespace Discovery.Records.Xnames;

/// <summary>What an id-map entry is keyed on.</summary>
internal enum IdMapKeyKind
{
    /// <summary>The BMC's IP address (canonical text).</summary>
    Ip,

    /// <summary>The BMC's own MAC address (lower-case colon form).</summary>
    Mac,
}
