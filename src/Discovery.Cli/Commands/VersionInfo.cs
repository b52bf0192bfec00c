namespace Discovery.Cli.Commands;

/// <summary>What <c>discover version</c> prints.</summary>
internal sealed record VersionInfo
{
    public required string Version { get; init; }

    public required string Runtime { get; init; }

    public required string Os { get; init; }
}
