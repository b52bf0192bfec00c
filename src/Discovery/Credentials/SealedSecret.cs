namespace Discovery.Credentials;

/// <summary>One stored entry as it sits in the file: the password is only ever held encrypted here.</summary>
internal sealed record SealedSecret
{
    public required string Key { get; init; }

    public required string Username { get; init; }

    /// <summary>The 12-byte AES-GCM nonce, random per write.</summary>
    public required byte[] Nonce { get; init; }

    /// <summary>The encrypted password followed by the 16-byte GCM tag.</summary>
    public required byte[] Ciphertext { get; init; }
}
