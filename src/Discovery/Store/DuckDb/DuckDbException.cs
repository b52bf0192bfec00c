namespace Discovery.Store.DuckDb;

/// <summary>A DuckDB call failed; <see cref="Exception.Message"/> is DuckDB's own error text.</summary>
internal sealed class DuckDbException : Exception
{
    /// <summary>Creates the exception with DuckDB's error message.</summary>
    public DuckDbException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public DuckDbException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public DuckDbException()
        : base("DuckDB call failed")
    {
    }
}
