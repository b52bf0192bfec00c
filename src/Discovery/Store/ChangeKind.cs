using System.Text.Json.Serialization;

namespace Discovery.Store;

/// <summary>What a history event records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeKind>))]
internal enum ChangeKind
{
    /// <summary>The record appeared (created, or first found by a crawl).</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>Fields of the record changed.</summary>
    [JsonStringEnumMemberName("changed")]
    Changed,

    /// <summary>The record was deleted, or a complete crawl of its BMC no longer found it.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,
}
