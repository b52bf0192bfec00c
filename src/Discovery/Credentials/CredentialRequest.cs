namespace Discovery.Credentials;

/// <summary>The credential options of one run, as the CLI parsed them (never a password itself).</summary>
internal sealed record CredentialRequest
{
    /// <summary>The default account name when neither <c>--username</c> nor config gives one.</summary>
    public const string DefaultUsername = "root";

    /// <summary><c>--username</c>, paired with the run-wide password; <see cref="DefaultUsername"/> when null.</summary>
    public string? Username { get; init; }

    /// <summary><c>--password-file FILE</c>, or null.</summary>
    public string? PasswordFile { get; init; }

    /// <summary><c>--password-stdin</c>: read the password from the first line of standard input.</summary>
    public bool PasswordStdin { get; init; }

    /// <summary>The secrets store path; null means the default (<see cref="CredentialPaths.DefaultStorePath"/>).</summary>
    public string? SecretsStorePath { get; init; }

    /// <summary><c>--secrets-key-file</c>; null means the default (<see cref="CredentialPaths.DefaultKeyPath"/>).</summary>
    public string? SecretsKeyFile { get; init; }

    /// <summary>False to ignore the secrets store entirely.</summary>
    public bool UseSecretsStore { get; init; } = true;
}
