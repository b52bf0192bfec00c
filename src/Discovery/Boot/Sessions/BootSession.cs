namespace Discovery.Boot.Sessions;

/// <summary>One boot session: a template applied to nodes with an operation, and where it stands.</summary>
internal sealed record BootSession
{
    /// <summary>Unique name (a UUID unless given).</summary>
    public required string Name { get; init; }

    /// <summary>The session template's name.</summary>
    public required string TemplateName { get; init; }

    /// <summary>The template's version (its ETag) when the session was created: what every node boots with.</summary>
    public long TemplateVersion { get; init; }

    /// <summary><c>boot</c>, <c>reboot</c> or <c>shutdown</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>The BOS limit as given (comma-separated nodes and groups, <c>!</c> excludes, <c>&amp;</c> intersects).</summary>
    public string? Limit { get; init; }

    /// <summary>See <see cref="BootSessionStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>Why the session failed or was cancelled.</summary>
    public string? Error { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it started running.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it reached a final state.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The nodes (xnames) it works on.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>Its nodes, when read with them.</summary>
    public IReadOnlyList<BootSessionNode> Nodes { get; init; } = [];
}
