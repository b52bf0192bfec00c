using System.Text.Json;
using Discovery.Redfish.Http;
using Discovery.Redfish.Mapping;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Redfish.Crawling;

/// <summary>
/// Breadth-first walk from the ServiceRoot along <c>@odata.id</c> links: identities normalised by
/// <see cref="RedfishPath.Key"/> into a visited set (which also ends cycles and <c>@odata.nextLink</c> loops),
/// at most <see cref="RedfishClientOptions.MaxRequestsPerBmc"/> requests in flight, capped in documents.
/// </summary>
internal sealed partial class RedfishCrawler(RedfishConnection connection, RedfishClientOptions options, CrawlProfile profile, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Walks the tree below <paramref name="serviceRoot"/> (already read from <paramref name="rootUri"/>).</summary>
    public async Task<CrawlOutcome> CrawlAsync(string rootUri, JsonElement serviceRoot, CancellationToken cancellationToken)
    {
        var documents = new RedfishDocuments();
        var failures = new List<CrawlFailure>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { RedfishPath.Key(rootUri) };
        var queue = new Queue<string>();
        var running = new List<Task<(string Uri, RedfishReply Reply)>>();
        var truncated = false;
        documents.Add(rootUri, serviceRoot);
        Enqueue(serviceRoot, includeAll: false);

        while (queue.Count > 0 || running.Count > 0)
        {
            while (running.Count < options.MaxRequestsPerBmc && queue.Count > 0)
            {
                running.Add(FetchAsync(queue.Dequeue(), cancellationToken));
            }

            var done = await Task.WhenAny(running);
            running.Remove(done);
            var (uri, reply) = await done;
            if (reply.Exchange.Status == 404 && reply.Failure == RedfishFailure.None)
            {
                continue;
            }

            if (!reply.IsSuccess || reply.Document is null)
            {
                var failure = new CrawlFailure(uri, reply.IsSuccess ? "malformed JSON" : reply.Reason);
                Log.UriFailed(_logger, connection.Endpoint, failure.Uri, failure.Reason);
                failures.Add(failure);
                continue;
            }

            var document = reply.Document.Value;

            documents.Add(uri, document);
            Enqueue(document, includeAll: CrawlScope.Includes(profile, RedfishPath.Key(uri), memberOfFetchedCollection: false));
        }

        if (truncated)
        {
            Log.CrawlTruncated(_logger, connection.Endpoint, options.MaxDocuments);
        }

        Log.CrawlFinished(_logger, connection.Endpoint, documents.Count, failures.Count);
        return new CrawlOutcome { Documents = documents, Failures = failures, Truncated = truncated };

        void Enqueue(JsonElement document, bool includeAll)
        {
            foreach (var link in LinkExtractor.Extract(document))
            {
                var key = RedfishPath.Key(link.Uri);
                if (visited.Contains(key) || !CrawlScope.Includes(profile, key, link.IsMember && includeAll))
                {
                    continue;
                }

                if (visited.Count >= options.MaxDocuments)
                {
                    truncated = true;
                    return;
                }

                visited.Add(key);
                queue.Enqueue(RedfishPath.Clean(link.Uri));
            }
        }
    }

    private async Task<(string Uri, RedfishReply Reply)> FetchAsync(string uri, CancellationToken cancellationToken) =>
        (uri, await connection.GetAsync(uri, authenticated: true, cancellationToken));
}
