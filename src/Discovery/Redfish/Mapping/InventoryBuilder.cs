using Discovery.Records.Xnames;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// Crawled documents to named records: <see cref="RedfishMapper.Map"/> then xname assignment. The live collect
/// and <c>discover logs replay</c> both go through here, so a replay cannot drift from what a crawl produced.
/// </summary>
internal static class InventoryBuilder
{
    /// <summary>Maps the documents of the service at <paramref name="address"/>:<paramref name="port"/> and names the BMC and its nodes.</summary>
    /// <param name="documents">The crawled (or replayed) documents.</param>
    /// <param name="address">The IP literal or host name connected to.</param>
    /// <param name="port">The TCP port connected to.</param>
    /// <param name="observedAt">Written to the first/last-seen fields.</param>
    /// <param name="xnames">Names the BMC; nodes are named after it (<c>n0</c>, <c>n1</c>, ...).</param>
    /// <param name="crawlStatus">The BMC's <c>last_crawl_status</c> (<c>ok</c> or <c>partial</c>).</param>
    /// <param name="parts">Whether to map parts (false for <see cref="Crawling.CrawlProfile.Nodes"/>).</param>
    public static MappedInventory Build(
        RedfishDocuments documents,
        string address,
        int port,
        DateTimeOffset observedAt,
        IXnameAssigner xnames,
        string crawlStatus,
        bool parts = true)
    {
        ArgumentNullException.ThrowIfNull(xnames);
        var mapped = RedfishMapper.Map(documents, address, port, observedAt, parts);
        var name = xnames.NameBmc(address, mapped.Bmc.Mac);
        var bmcXname = name.Xname;
        return new MappedInventory
        {
            Bmc = mapped.Bmc with { Xname = bmcXname, XnameSource = name.Source, SwitchPort = name.SwitchPort, LastCrawlStatus = crawlStatus },
            Nodes = [.. mapped.Nodes.Select((n, i) => n with { Xname = xnames.AssignNode(bmcXname, i) })],
        };
    }
}
