namespace Discovery.Credentials;

/// <summary>
/// A credential source or the secrets store cannot be used (unreadable password file, wrong key, tampered
/// store). The message is safe to print: it never contains a password, a key or ciphertext.
/// </summary>
/// <remarks>Never transient: retrying without changing the input cannot help.</remarks>
internal sealed class CredentialException : Exception
{
    /// <summary>Creates the exception with a printable <paramref name="message"/>.</summary>
    public CredentialException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a printable <paramref name="message"/> and its cause.</summary>
    public CredentialException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CredentialException()
        : base("credential error")
    {
    }

    /// <summary>Always false: a wrong key or a bad file stays wrong on retry.</summary>
    public bool IsTransient => false;
}
