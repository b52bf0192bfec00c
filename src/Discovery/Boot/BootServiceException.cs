namespace Discovery.Boot;

/// <summary>A boot service (BSS, cloud-init) refused or failed a request; the message names the URL and status, never a token.</summary>
public sealed class BootServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BootServiceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BootServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BootServiceException()
    {
    }
}
