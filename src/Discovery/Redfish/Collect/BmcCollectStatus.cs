using System.Text.Json.Serialization;

namespace Discovery.Redfish.Collect;

/// <summary>Outcome of collecting one BMC. JSON and output use the snake_case names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BmcCollectStatus>))]
internal enum BmcCollectStatus
{
    /// <summary>Every URI read and mapped.</summary>
    [JsonStringEnumMemberName("ok")]
    Ok,

    /// <summary>Mapped, but some URIs failed (see <see cref="BmcCollectResult.FailedUris"/>).</summary>
    [JsonStringEnumMemberName("partial")]
    Partial,

    /// <summary>Login refused with 401 or 403 (wrong or missing credentials); the only authentication failure.</summary>
    [JsonStringEnumMemberName("auth_failed")]
    AuthFailed,

    /// <summary>The BMC's session table is full; leaked sessions expire on their own (iDRAC: ~30 min).</summary>
    [JsonStringEnumMemberName("session_limit")]
    SessionLimit,

    /// <summary>
    /// The BMC answered the login but would not serve it (503, 500, 429 or another status that is not about the
    /// credentials, after retries); the message names its last HTTP status. Trying later may help.
    /// </summary>
    [JsonStringEnumMemberName("unavailable")]
    Unavailable,

    /// <summary>No answer in time.</summary>
    [JsonStringEnumMemberName("timed_out")]
    TimedOut,

    /// <summary>Something answered, but not a Redfish service root.</summary>
    [JsonStringEnumMemberName("not_redfish")]
    NotRedfish,

    /// <summary>The certificate differs from the pinned one (or failed CA verification); nothing was sent.</summary>
    [JsonStringEnumMemberName("tls_pin_mismatch")]
    TlsPinMismatch,

    /// <summary>No TCP connection.</summary>
    [JsonStringEnumMemberName("unreachable")]
    Unreachable,

    /// <summary>Stopped before it finished (Ctrl-C or a run's deadline); its session was still deleted.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
