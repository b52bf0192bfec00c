namespace Discovery.Locate.Snmp;

/// <summary>The error-status values of a Response PDU (RFC 3416 section 3) that the walks act on or name.</summary>
internal static class SnmpErrorStatus
{
    public const int TooBig = 1;

    private static readonly string[] Names =
    [
        "noError", "tooBig", "noSuchName", "badValue", "readOnly", "genErr", "noAccess", "wrongType", "wrongLength",
        "wrongEncoding", "wrongValue", "noCreation", "inconsistentValue", "resourceUnavailable", "commitFailed",
        "undoFailed", "authorizationError", "notWritable", "inconsistentName",
    ];

    /// <summary>The RFC name of <paramref name="status"/>, or its number.</summary>
    public static string Name(int status) =>
        status >= 0 && status < Names.Length ? Names[status] : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
