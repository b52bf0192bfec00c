namespace Discovery.Store;

/// <summary>
/// Another process holds the working set (DuckDB allows one writing process per file): usually a running
/// <c>discover serve</c>. The message says so and suggests <c>--server</c>.
/// </summary>
internal sealed class InventoryStoreLockedException : InventoryStoreException
{
    /// <summary>Creates the exception with a message.</summary>
    public InventoryStoreLockedException(string message)
        : base(message, isTransient: true)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InventoryStoreLockedException(string message, Exception innerException)
        : base(message, isTransient: true, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InventoryStoreLockedException()
        : base("The inventory store is in use by another process.", isTransient: true)
    {
    }
}
