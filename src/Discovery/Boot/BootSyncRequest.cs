namespace Discovery.Boot;

/// <summary>One <c>discover boot sync</c> as asked.</summary>
internal sealed record BootSyncRequest
{
    /// <summary>The BSS base URL; null skips BSS.</summary>
    public Uri? BssUrl { get; init; }

    /// <summary>The cloud-init server's base URL; null skips cloud-init.</summary>
    public Uri? CloudInitUrl { get; init; }

    /// <summary>The services' bearer token (SMD's: <c>--access-token-file</c>, <c>ACCESS_TOKEN</c>); none sends no header.</summary>
    public string? Token { get; init; }

    /// <summary>Nodes by xname or id; with <see cref="Group"/> empty too, every node.</summary>
    public IReadOnlyList<string> Nodes { get; init; } = [];

    /// <summary>Every node of this group.</summary>
    public string? Group { get; init; }

    /// <summary>Read BSS and report what would be written, writing nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Time allowed for one BSS request (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
