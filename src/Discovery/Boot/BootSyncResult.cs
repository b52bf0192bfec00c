using System.Text.Json.Serialization;

namespace Discovery.Boot;

/// <summary>What <c>discover boot sync</c> did for one node.</summary>
internal sealed record BootSyncResult
{
    /// <summary>What was synced: a node's xname (else id) for BSS, a group's name for cloud-init.</summary>
    [JsonPropertyName("target")]
    public required string Target { get; init; }

    /// <summary><c>bss</c> or <c>cloud-init</c>.</summary>
    [JsonPropertyName("service")]
    public string Service { get; init; } = "bss";

    /// <summary>The boot profile used, when the node has one.</summary>
    [JsonPropertyName("profile")]
    public string? Profile { get; init; }

    /// <summary><c>created</c>, <c>updated</c>, <c>unchanged</c>, <c>would_create</c>, <c>would_update</c>, <c>skipped</c> or <c>failed</c>.</summary>
    [JsonPropertyName("action")]
    public required string Action { get; init; }

    /// <summary>Why it was skipped or failed.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>The BSS entry as sent (or that would be sent).</summary>
    [JsonPropertyName("entry")]
    public BssBootParameters? Entry { get; init; }

    /// <summary>Whether the BSS refused or failed (a remote failure).</summary>
    [JsonIgnore]
    public bool Failed => Action == "failed";
}
