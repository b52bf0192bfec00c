namespace Discovery.MockBmc.Mockups;

/// <summary>One resource of a mockup: its raw body and where the identity tokens sit in it. Shared by all instances.</summary>
internal sealed class MockupResource
{
    public required string Key { get; init; }

    public required byte[] Body { get; init; }

    public required IReadOnlyList<TokenSpan> Spans { get; init; }

    public required ResourceRole Role { get; init; }
}
