namespace Discovery.Scanning;

/// <summary>
/// Event ids of the scan's log messages. Each library area owns a block of a thousand (Scanning 1000,
/// Redfish 2000, Smd 3000, Credentials 4000), so an id names one message across the whole tool.
/// </summary>
internal static class ScanningEventIds
{
    /// <summary>A scan began.</summary>
    public const int ScanStarted = 1000;

    /// <summary>A scan ran every probe.</summary>
    public const int ScanFinished = 1001;

    /// <summary>A scan was stopped (cancelled, or its reader stopped reading) before every probe ran.</summary>
    public const int ScanStopped = 1002;

    /// <summary>A probe found a Redfish BMC.</summary>
    public const int BmcFound = 1003;

    /// <summary>A UDP probe was answered, but not by a confirmed Redfish service.</summary>
    public const int ProbeAnswered = 1004;

    /// <summary>A probe found nothing (closed, timeout, not Redfish, TLS failure).</summary>
    public const int ProbeFailed = 1005;
}
