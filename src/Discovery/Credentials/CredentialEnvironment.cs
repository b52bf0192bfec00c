namespace Discovery.Credentials;

/// <summary>The process inputs credentials come from, swappable so tests need not touch the real ones.</summary>
internal sealed record CredentialEnvironment
{
    /// <summary>Reads an environment variable (null when unset).</summary>
    public required Func<string, string?> GetVariable { get; init; }

    /// <summary>Standard input, read only for <c>--password-stdin</c>.</summary>
    public required TextReader Stdin { get; init; }

    /// <summary>The real process environment and <see cref="Console.In"/>.</summary>
    public static CredentialEnvironment Process { get; } = new()
    {
        GetVariable = Environment.GetEnvironmentVariable,
        Stdin = Console.In,
    };
}
