namespace Discovery.Redfish.Crawling;

/// <summary>A URI the crawl could not read, and why.</summary>
/// <param name="Uri">The request path.</param>
/// <param name="Reason">Status code or failure (<c>HTTP 500</c>, <c>malformed JSON</c>, <c>timeout</c>, ...).</param>
internal sealed record CrawlFailure(string Uri, string Reason);
