namespace Discovery.Store;

/// <summary>A listing asked for something the store does not understand: an unknown filter, a bad value, no snapshot that old.</summary>
internal sealed class InventoryQueryException : InventoryStoreException
{
    /// <summary>Creates the exception naming the query parameter at fault.</summary>
    public InventoryQueryException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>Creates the exception with a message.</summary>
    public InventoryQueryException(string message)
        : base(message)
    {
        Parameter = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InventoryQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = string.Empty;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InventoryQueryException()
        : base("The query is not valid.")
    {
        Parameter = string.Empty;
    }

    /// <summary>The query parameter at fault (<c>missing_ip</c>, <c>as_of</c>, ...).</summary>
    public string Parameter { get; } = string.Empty;
}
