namespace Discovery.Redfish.Collect;

/// <summary>
/// A BMC's place in the <see cref="Collector"/>'s crawl slots. A slot crawls one BMC at a time; while it does, it reads
/// the service root (no credentials) of one BMC ahead on a request the crawl leaves unused, and the first slot whose
/// crawl is over takes the oldest BMC read ahead, which then logs in. Without it a slot sent one request, not two,
/// during every BMC's service root and login: at 50 ms per request about 3-5% of a 1,000-BMC collect's slot time
/// (crawls themselves kept 98-99% of their two requests busy).
/// </summary>
/// <param name="Requests">The requests in flight of the slot that reads the service root (its crawl's two).</param>
/// <param name="WaitAsync">Completes with the requests of the slot that crawls the BMC, when it may log in.</param>
/// <param name="Crawled">Called once this BMC needs no more requests in its slot, before its logout and mapping.</param>
internal sealed record CrawlTurn(SemaphoreSlim Requests, Func<CancellationToken, Task<SemaphoreSlim>> WaitAsync, Action Crawled);
