using Discovery.CrawlLog.Analysis;
using Discovery.Records.Xnames;
using Discovery.Records;
using Discovery.Redfish.Mapping;
using Discovery.Text;

namespace Discovery.Pipeline;

/// <summary>The records of a collect run, read back from the crawl log, as the per-BMC records every SMD source gives.</summary>
internal static class CrawlLogSource
{
    /// <summary>The BMCs (nodes inside) of run <paramref name="runId"/>, or of the newest collect run when it is null.</summary>
    /// <returns>The run id used and its records.</returns>
    public static async Task<(string RunId, IReadOnlyList<MappedInventory> Inventories)> LoadAsync(
        string logDirectory, string? runId, CancellationToken cancellationToken)
    {
        using var query = CrawlLogQuery.Open(logDirectory);
        var runs = await query.ListRunsAsync(cancellationToken);
        CrawlRunInfo run;
        if (runId is null)
        {
            run = runs.Where(r => r.Kind == "collect").MaxBy(r => r.RunId, StringComparer.Ordinal)
                ?? throw new PipelineInputException($"no collect run in the crawl log {logDirectory} (run 'discover collect' first, or give --log-dir)");
        }
        else
        {
            run = runs.FirstOrDefault(r => r.RunId == runId)
                ?? throw new PipelineInputException($"no run {QuotedValue.Of(runId)} in the crawl log {logDirectory} (see 'discover logs runs')");
            if (run.Kind != "collect")
            {
                throw new PipelineInputException($"run {runId} is {(run.Kind is null ? "incomplete (it never ended)" : "a " + run.Kind + " run")}; only a collect run has records to send");
            }
        }

        return (run.RunId, Group(await query.ReadInventoryAsync(run.RunId, cancellationToken)));
    }

    /// <summary>
    /// Each BMC (by address, then port: the log keeps them in the order they finished) with its nodes in xname
    /// order (<c>n0</c>, <c>n1</c>, ...), as the live collect lists them.
    /// </summary>
    internal static IReadOnlyList<MappedInventory> Group(CrawlRunInventory inventory)
    {
        var nodes = inventory.Nodes.ToLookup(n => n.BmcId);
        return [.. inventory.Bmcs.OrderBy(b => AddressKey(b.Ip), StringComparer.Ordinal).ThenBy(b => b.Port).Select(b => new MappedInventory
        {
            Bmc = b,
            Nodes = [.. nodes[b.Id].OrderBy(NodeOrdinal).ThenBy(n => n.RedfishUri, StringComparer.Ordinal)],
        })];
    }

    // IP literals sort by their bytes (127.0.0.10 after 127.0.0.9), host names after them by name.
    private static string AddressKey(string address) =>
        System.Net.IPAddress.TryParse(address, out var ip) ? "0" + Convert.ToHexString(ip.MapToIPv6().GetAddressBytes()) : "1" + address;

    private static int NodeOrdinal(ComputeNode node) =>
        Xname.TryParse(node.Xname, out var xname, out _) && xname.Node is { } ordinal ? ordinal : int.MaxValue;
}
