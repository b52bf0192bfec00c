namespace Discovery.MockBmc;

/// <summary>The simulator could not start: a missing or unreadable mockup, a bad option, or a port it could not bind.</summary>
public sealed class MockBmcException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public MockBmcException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public MockBmcException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MockBmcException()
    {
    }
}
