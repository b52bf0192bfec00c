using Discovery.Store;

namespace Discovery.Pipeline;

/// <summary>
/// The local store, opened before a collect contacts any BMC and held until its store step: a store that another
/// process holds fails the collect at once, not after a crawl that could not be stored. Disposing closes it.
/// </summary>
internal sealed record OpenedStore(IInventory Inventory, IReadOnlyList<string> Notes) : IDisposable
{
    public void Dispose() => Inventory.Dispose();
}
