namespace Discovery.Locate.Snmp;

/// <summary>The usmStats counters an agent reports an unusable request with (RFC 3414 section 5, usmStats).</summary>
internal static class UsmReports
{
    private static readonly ObjectIdentifier Stats = ObjectIdentifier.Parse("1.3.6.1.6.3.15.1.1");

    public static readonly ObjectIdentifier UnsupportedSecLevels = Stats.Append(1, 0);
    public static readonly ObjectIdentifier NotInTimeWindows = Stats.Append(2, 0);
    public static readonly ObjectIdentifier UnknownUserNames = Stats.Append(3, 0);
    public static readonly ObjectIdentifier UnknownEngineIds = Stats.Append(4, 0);
    public static readonly ObjectIdentifier WrongDigests = Stats.Append(5, 0);
    public static readonly ObjectIdentifier DecryptionErrors = Stats.Append(6, 0);

    /// <summary>The failure a report other than a time-window or engine-id one stands for.</summary>
    public static SnmpException Failure(ObjectIdentifier? counter, string user)
    {
        if (counter is null)
        {
            return new SnmpException(SnmpErrorKind.Refused, "the agent sent an empty report");
        }

        if (counter.Equals(WrongDigests))
        {
            return new SnmpException(SnmpErrorKind.AuthenticationFailed, $"authentication failed for v3 user {user} (wrong auth password or protocol)");
        }

        if (counter.Equals(UnknownUserNames))
        {
            return new SnmpException(SnmpErrorKind.UnknownUser, $"the agent does not know v3 user {user}");
        }

        if (counter.Equals(DecryptionErrors))
        {
            return new SnmpException(SnmpErrorKind.DecryptionFailed, $"the agent could not decrypt the request of v3 user {user} (wrong privacy password)");
        }

        return counter.Equals(UnsupportedSecLevels)
            ? new SnmpException(SnmpErrorKind.Refused, $"the agent does not allow authPriv for v3 user {user}")
            : new SnmpException(SnmpErrorKind.Refused, $"the agent refused the request (report {counter})");
    }
}
