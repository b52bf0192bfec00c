using Discovery.Records.Xnames;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Mapping;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Pipeline;

/// <summary>
/// Rebuilds each BMC's document set from a run's stored responses and maps it through
/// <see cref="InventoryBuilder"/>, the same step the live collect takes; never contacts a BMC.
/// </summary>
internal static class CrawlReplay
{
    private const string RootUri = "/redfish/v1";

    /// <summary>The records of every BMC the run mapped, in the order the run first contacted them.</summary>
    /// <param name="responses">The run's stored exchanges, in time order (<see cref="CrawlLogQuery.ReadResponsesAsync"/>).</param>
    /// <param name="xnames">The assigner (from the same <c>--id-map</c> as the live collect).</param>
    /// <remarks>Each BMC's records are stamped with the time of its first exchange, as the live collect stamps them.</remarks>
    public static IReadOnlyList<MappedInventory> Map(IReadOnlyList<StoredResponse> responses, IXnameAssigner xnames)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(xnames);
        var records = new List<MappedInventory>();
        foreach (var bmc in responses.GroupBy(r => (r.Bmc, r.Port)))
        {
            if (Replay(bmc.ToList(), bmc.Key.Bmc, bmc.Key.Port ?? 0, xnames) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private static MappedInventory? Replay(List<StoredResponse> exchanges, string address, int port, IXnameAssigner xnames)
    {
        // The collector's own login rule decides whether this BMC was mapped; the last POST is the one that
        // counted (earlier ones were retried).
        if (exchanges.LastOrDefault(e => e.Method == "POST") is { } login && !LoginRule.LetsCrawlProceed(login.Status))
        {
            return null;
        }

        var documents = new RedfishDocuments();
        var read = new HashSet<string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var exchange in exchanges.Where(e => e.Method == "GET"))
        {
            var key = RedfishPath.Key(exchange.Uri);
            if (IsSuccess(exchange.Status) && exchange.Body is { } body && documents.TryAdd(exchange.Uri, body))
            {
                read.Add(key);
            }
            else if (exchange.Status != 404)
            {
                // The crawler's failures: 5xx and timeouts after retries, other errors, malformed JSON.
                failed.Add(key);
            }
        }

        // The collector maps a BMC only when its root is a Redfish ServiceRoot; the same test, so replay agrees.
        if (!documents.TryGet(RootUri, out var root) || !ServiceRoot.IsServiceRoot(root))
        {
            return null;
        }

        failed.ExceptWith(read);
        return InventoryBuilder.Build(documents, address, port, exchanges[0].Timestamp, xnames, failed.Count > 0 ? "partial" : "ok");
    }

    private static bool IsSuccess(int? status) => status is >= 200 and < 300;
}
