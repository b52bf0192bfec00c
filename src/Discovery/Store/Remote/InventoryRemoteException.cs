using Discovery.Store;

namespace Discovery.Store.Remote;

/// <summary>The <c>discover serve</c> API refused or failed a request; the message carries the server's problem detail.</summary>
internal sealed class InventoryRemoteException : InventoryStoreException
{
    /// <summary>Creates the exception.</summary>
    public InventoryRemoteException(string message, bool isTransient)
        : base(message, isTransient)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InventoryRemoteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public InventoryRemoteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InventoryRemoteException()
        : base("The inventory API failed the request.")
    {
    }
}
