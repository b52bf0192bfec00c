namespace Discovery.Redfish.Collect;

/// <summary>
/// When a session login lets the collector go on to crawl: a 2xx (with a token, else Basic), or 404/405 from a
/// SessionService that takes no logins (Basic then). Every other answer, or none, ends that BMC's collect.
/// The live collector and <c>logs replay</c> both ask this, so a replay maps exactly the BMCs a collect mapped.
/// </summary>
internal static class LoginRule
{
    /// <summary>True when a login answered with <paramref name="status"/> (null: no answer) lets the crawl proceed.</summary>
    public static bool LetsCrawlProceed(int? status) => IsSuccess(status) || FallsBackToBasic(status);

    /// <summary>True when the BMC's SessionService takes no logins, so the crawl uses Basic authentication.</summary>
    public static bool FallsBackToBasic(int? status) => status is 404 or 405;

    private static bool IsSuccess(int? status) => status is >= 200 and < 300;
}
