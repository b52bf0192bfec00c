using System.Text.Json.Serialization;

namespace Discovery.Power;

/// <summary>One node's outcome of <c>discover power</c>.</summary>
internal sealed record NodePowerResult
{
    /// <summary>The node as people name it: its xname, else its id.</summary>
    [JsonPropertyName("node")]
    public required string Node { get; init; }

    /// <summary><c>host:port</c> of its BMC, when known.</summary>
    [JsonPropertyName("bmc")]
    public string? Bmc { get; init; }

    /// <summary>The action asked for.</summary>
    [JsonPropertyName("action")]
    public required string Action { get; init; }

    /// <summary>The reset types sent, in order (none for status).</summary>
    [JsonPropertyName("reset_types")]
    public IReadOnlyList<string> ResetTypes { get; init; } = [];

    /// <summary>The PowerState last read from the BMC.</summary>
    [JsonPropertyName("power_state")]
    public string? PowerState { get; init; }

    /// <summary>How it ended.</summary>
    [JsonIgnore]
    public PowerStatus Status { get; init; }

    /// <summary><see cref="Status"/> in snake_case (<c>ok</c>, <c>timed_out</c>...), as the JSON output shows it.</summary>
    [JsonPropertyName("status")]
    public string StatusName => Status switch
    {
        PowerStatus.Ok => "ok",
        PowerStatus.Unreachable => "unreachable",
        PowerStatus.AuthFailed => "auth_failed",
        PowerStatus.Refused => "refused",
        PowerStatus.TimedOut => "timed_out",
        PowerStatus.NotInInventory => "not_in_inventory",
        _ => "cancelled",
    };

    /// <summary>Why it did not succeed, in a sentence; null when ok.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
