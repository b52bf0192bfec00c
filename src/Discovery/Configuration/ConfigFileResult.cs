namespace Discovery.Configuration;

/// <summary>What <see cref="ConfigFileReader"/> read: the values by dotted key, and every problem found.</summary>
internal sealed record ConfigFileResult
{
    /// <summary>The values by dotted key.</summary>
    public IReadOnlyDictionary<string, ConfigFileValue> Values { get; init; } = new Dictionary<string, ConfigFileValue>();

    /// <summary>Every problem, each with file and line; empty when the file is good.</summary>
    public IReadOnlyList<ConfigError> Errors { get; init; } = [];
}
