namespace Discovery.MockBmc.Mockups;

/// <summary>A loaded mockup: every resource by lookup key, and the identity tokens found in it. Immutable and shared.</summary>
internal sealed class MockupTree
{
    public required string Name { get; init; }

    public required IReadOnlyDictionary<string, MockupResource> Resources { get; init; }

    public required IReadOnlyList<IdentityToken> Tokens { get; init; }

    /// <summary>The ServiceRoot UUID as spelled in the mockup, if any.</summary>
    public string? ServiceUuid { get; init; }

    /// <summary>The MAC of the manager NIC whose IPv4 becomes the listen address, if any.</summary>
    public string? ManagerMac { get; init; }

    /// <summary>Key of the Systems collection, when the mockup has one.</summary>
    public string? SystemsCollectionKey { get; init; }

    public MockupResource? Find(string key) => Resources.GetValueOrDefault(key);
}
