namespace Discovery.Store;

/// <summary>
/// The disk of the inventory store is full (ENOSPC): nothing of the failed call was stored, the store stays open and
/// readable, and the same call works again once there is space. The message names the file and says the disk is full.
/// </summary>
internal sealed class InventoryStoreFullException : InventoryStoreException
{
    /// <summary>Creates the exception with a message and its cause.</summary>
    public InventoryStoreFullException(string message, Exception innerException)
        : base(message, isTransient: false, innerException)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InventoryStoreFullException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InventoryStoreFullException()
        : base("The disk of the inventory store is full.")
    {
    }
}
