namespace Discovery.Redfish;

/// <summary>
/// Event ids of the Redfish log messages: 2000-2019 the collect run and each BMC, 2020-2039 the HTTP client,
/// 2040-2059 the crawler. Other areas own other thousands (see <c>Scanning.ScanningEventIds</c>).
/// </summary>
internal static class RedfishEventIds
{
    /// <summary>A collect run began.</summary>
    public const int CollectStarted = 2000;

    /// <summary>A collect run ended, with its counts.</summary>
    public const int CollectFinished = 2001;

    /// <summary>One BMC's collection began.</summary>
    public const int BmcStarted = 2002;

    /// <summary>A BMC's ServiceRoot was read.</summary>
    public const int ServiceRootRead = 2003;

    /// <summary>Logging in with a Redfish session.</summary>
    public const int SessionLogin = 2004;

    /// <summary>A session was created.</summary>
    public const int SessionCreated = 2005;

    /// <summary>Using HTTP Basic authentication instead of a session.</summary>
    public const int BasicAuthentication = 2006;

    /// <summary>A session was deleted.</summary>
    public const int SessionDeleted = 2007;

    /// <summary>A session could not be deleted and stays open on the BMC.</summary>
    public const int SessionNotDeleted = 2008;

    /// <summary>One BMC's outcome.</summary>
    public const int BmcFinished = 2009;

    /// <summary>The SessionService refused to take a login, so HTTP Basic authentication is used.</summary>
    public const int BasicAuthenticationFallback = 2010;

    /// <summary>One HTTP exchange with a BMC.</summary>
    public const int RequestSent = 2020;

    /// <summary>A request failed transiently and will be retried.</summary>
    public const int RequestRetrying = 2021;

    /// <summary>A request still failed after its last retry.</summary>
    public const int RetriesExhausted = 2022;

    /// <summary>A request failed transiently and will be retried when the BMC's <c>Retry-After</c> says.</summary>
    public const int RequestRetryingAfter = 2023;

    /// <summary>A crawled URI could not be read.</summary>
    public const int UriFailed = 2040;

    /// <summary>The crawl stopped at its document cap.</summary>
    public const int CrawlTruncated = 2041;

    /// <summary>A BMC's crawl ended.</summary>
    public const int CrawlFinished = 2042;
}
