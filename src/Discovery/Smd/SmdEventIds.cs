namespace Discovery.Smd;

/// <summary>
/// Event ids of the SMD log messages: 3000-3019 the send and each BMC, 3020-3039 the HTTP client. Other areas
/// own other thousands (see <c>Scanning.ScanningEventIds</c>).
/// </summary>
internal static class SmdEventIds
{
    /// <summary>A send began.</summary>
    public const int SendStarted = 3000;

    /// <summary>A send ended, with its counts.</summary>
    public const int SendFinished = 3001;

    /// <summary>A dry run planned its requests.</summary>
    public const int DryRunPlanned = 3002;

    /// <summary>A dry run planned one BMC's requests.</summary>
    public const int BmcPlanned = 3003;

    /// <summary>One BMC's outcome.</summary>
    public const int BmcSent = 3004;

    /// <summary>SMD did not answer or said it is unavailable; the BMCs not yet sent fail without contacting it.</summary>
    public const int SmdUnavailable = 3005;

    /// <summary>One HTTP exchange with SMD.</summary>
    public const int RequestSent = 3020;

    /// <summary>A request failed transiently and will be retried.</summary>
    public const int RequestRetrying = 3021;

    /// <summary>A request still failed after its last retry.</summary>
    public const int RetriesExhausted = 3022;

    /// <summary>A request failed transiently and will be retried when SMD's <c>Retry-After</c> says.</summary>
    public const int RequestRetryingAfter = 3023;
}
