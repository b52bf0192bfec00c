using Discovery.Store;
using Discovery.Store.Remote;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Pipeline;

/// <summary>The inventory a command reads or writes: the local store, or a running <c>discover serve</c>.</summary>
internal sealed record StoreTarget
{
    /// <summary>The local store's folder (used when <see cref="Server"/> is null).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>A running <c>discover serve</c> to go through instead, as the user wrote its URL.</summary>
    public string? Server { get; init; }

    /// <summary>The bearer token for <see cref="Server"/> (a secret: never printed).</summary>
    public string? Token { get; init; }

    /// <summary>Where the records are, for the user.</summary>
    public string Where => Server ?? DataDirectory;

    /// <summary>
    /// The API client of <see cref="Server"/>, else the local store (restored from a snapshot when its working set is
    /// gone), with what opening it had to say (<see cref="StoreOpenNotes"/>).
    /// </summary>
    /// <exception cref="InventoryStoreLockedException">A running <c>discover serve</c> holds the local store.</exception>
    public async Task<(IInventory Inventory, IReadOnlyList<string> Notes)> OpenAsync(
        TimeProvider time, ILogger? logger, CancellationToken cancellationToken)
    {
        if (Server is { } server)
        {
            return (new InventoryApiClient(new Uri(server), Token), []);
        }

        var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = DataDirectory, TimeProvider = time, Logger = logger ?? NullLogger.Instance }, cancellationToken);
        return (store, StoreOpenNotes.Of(store));
    }
}
