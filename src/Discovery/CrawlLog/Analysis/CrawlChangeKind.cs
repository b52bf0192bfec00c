using System.Text.Json.Serialization;

namespace Discovery.CrawlLog.Analysis;

/// <summary>How an entity differs between two runs (JSON: <c>added</c>, <c>removed</c>, <c>changed</c>).</summary>
internal enum CrawlChangeKind
{
    /// <summary>Only in the second run.</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>Only in the first run.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,

    /// <summary>In both, with at least one field different.</summary>
    [JsonStringEnumMemberName("changed")]
    Changed,
}
