namespace Discovery.Storage.Analysis;

/// <summary>How an entity differs between two runs.</summary>
public enum CrawlChangeKind
{
    /// <summary>Only in the second run.</summary>
    Added,

    /// <summary>Only in the first run.</summary>
    Removed,

    /// <summary>In both, with at least one field different.</summary>
    Changed,
}
