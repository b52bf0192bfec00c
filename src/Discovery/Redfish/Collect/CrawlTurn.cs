namespace Discovery.Redfish.Collect;

/// <summary>
/// A BMC's place in one of the <see cref="Collector"/>'s crawl slots. A slot crawls one BMC at a time; the BMC next in
/// it reads its service root (no credentials) on a request the crawl leaves unused, and logs in when its turn comes.
/// Without it a slot sent one request, not two, during every BMC's service root and login: at 50 ms per request about
/// 3% of a 1,000-BMC collect's slot time (crawls themselves kept 98-99% of their two requests busy).
/// </summary>
/// <param name="Requests">The requests in flight the slot's BMCs share (<see cref="Http.RedfishClientOptions.MaxRequestsPerBmc"/>).</param>
/// <param name="WaitAsync">Completes when this BMC may log in: the BMC before it in the slot needs no more requests.</param>
/// <param name="Crawled">Called once this BMC needs no more requests in the slot, before its logout and mapping.</param>
internal sealed record CrawlTurn(SemaphoreSlim Requests, Func<CancellationToken, Task> WaitAsync, Action Crawled);
