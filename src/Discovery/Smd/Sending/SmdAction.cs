using System.Text.Json.Serialization;

namespace Discovery.Smd.Sending;

/// <summary>What a send did with one BMC.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SmdAction>))]
internal enum SmdAction
{
    /// <summary>SMD did not have the endpoint; a POST created it and a read-back confirmed it.</summary>
    [JsonStringEnumMemberName("created")]
    Created,

    /// <summary>SMD had the endpoint (POST answered 409); a PUT replaced it and a read-back confirmed it.</summary>
    [JsonStringEnumMemberName("updated")]
    Updated,

    /// <summary>Nothing changed since SMD last confirmed this BMC: no write was sent.</summary>
    [JsonStringEnumMemberName("unchanged")]
    Unchanged,

    /// <summary>A dry run would send this BMC (it is new or changed).</summary>
    [JsonStringEnumMemberName("would_send")]
    WouldSend,

    /// <summary>SMD refused or did not answer, or the read-back disagreed; see the detail.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
