using Discovery.Records;

namespace Discovery.Store;

/// <summary>One BMC's outcome of a collect run, as the store takes it in.</summary>
internal sealed record CollectedBmc
{
    /// <summary>The host the crawler connected to.</summary>
    public required string Address { get; init; }

    /// <summary>The TCP port connected to.</summary>
    public required int Port { get; init; }

    /// <summary>
    /// True when the BMC was crawled completely (status ok): its stored nodes that the crawl no longer found are
    /// removed. False for a partial or failed crawl, which never removes anything.
    /// </summary>
    public required bool Complete { get; init; }

    /// <summary>The crawl's status (<c>ok</c>, <c>partial</c>, <c>auth_failed</c>, <c>unreachable</c>, ...), stored as the BMC's <c>last_crawl_status</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The BMC record, when its service root was read; null when the crawl failed before that.</summary>
    public Bmc? Bmc { get; init; }

    /// <summary>The nodes the crawl found behind the BMC.</summary>
    public IReadOnlyList<ComputeNode> Nodes { get; init; } = [];
}
