using Discovery.Boot;
using Discovery.Store;
using Discovery.Store.Remote;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The boot step of <c>discover run</c>, after the store and SMD steps: every node in the store gets its effective
/// boot profile in BSS, and their groups their runtime settings in cloud-init, through the one entry point of
/// <c>discover boot sync</c> (<see cref="BootSync"/>: read first, write only what differs, so an unchanged pass
/// writes nothing). A failure is a value, as in the other steps: the crawl, its log and the store are already kept.
/// </summary>
internal static class BootStep
{
    /// <summary>
    /// Syncs with <paramref name="request"/> (no nodes, no group: every node) from <paramref name="opened"/> when the
    /// pass opened the local store, else from <paramref name="target"/>; skipped when the pass hit its deadline (what
    /// it did not read is not the fleet) or the store step could not reach the store.
    /// </summary>
    public static async Task<BootStepResult> RunAsync(
        BootSyncRequest request, StoreTarget target, OpenedStore? opened, StoreStepResult? store, bool deadlineHit, TimeProvider time, ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        var services = Services(request);
        if (deadlineHit)
        {
            return new BootStepResult { Services = services, Skipped = "the pass stopped at its deadline" };
        }

        if (store is { Failure: { } failure })
        {
            return new BootStepResult { Services = services, Skipped = $"the store step failed ({failure})" };
        }

        try
        {
            var inventory = opened?.Inventory ?? (await target.OpenAsync(time, logger, cancellationToken)).Inventory;
            using (opened is null ? inventory : null)
            {
                var results = await BootSync.RunAsync(inventory, request, cancellationToken);
                return new BootStepResult { Services = services, Results = results };
            }
        }
        catch (HttpRequestException ex)
        {
            return new BootStepResult { Services = services, Failure = $"the inventory server did not answer: {ex.Message}" };
        }
        catch (Exception ex) when (ex is InventoryRemoteException or InventoryStoreException or InventoryQueryException or IOException)
        {
            return new BootStepResult { Services = services, Failure = $"cannot read the boot profiles from {target.Where}: {ex.Message}" };
        }
    }

    private static string Services(BootSyncRequest request) =>
        string.Join(" and ", new[] { request.BssUrl is null ? null : "BSS", request.CloudInitUrl is null ? null : "cloud-init" }.OfType<string>());
}
