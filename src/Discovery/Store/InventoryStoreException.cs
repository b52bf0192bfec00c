namespace Discovery.Store;

/// <summary>
/// The inventory store could not do its job: the working set is locked or unreadable, a snapshot is damaged.
/// <see cref="IsTransient"/> says whether trying again later can help.
/// </summary>
internal class InventoryStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InventoryStoreException(string message, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>Creates the exception with a message.</summary>
    public InventoryStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InventoryStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InventoryStoreException()
        : base("The inventory store failed.")
    {
    }

    /// <summary>True when the same call may succeed later (the store is locked by another process).</summary>
    public bool IsTransient { get; }
}
