namespace Discovery.Locate.Snmp;

/// <summary>An SNMP exchange failed. The message never carries a community or password.</summary>
internal sealed class SnmpException : Exception
{
    /// <summary>A failure of <paramref name="kind"/>.</summary>
    public SnmpException(SnmpErrorKind kind, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
    }

    /// <summary>Why it failed.</summary>
    public SnmpErrorKind Kind { get; }

    /// <summary>True when trying again later can help (a timeout or a socket error), false for refused credentials.</summary>
    public bool IsTransient => Kind is SnmpErrorKind.Timeout or SnmpErrorKind.Network;
}
