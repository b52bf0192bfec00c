using Discovery.Store;

namespace Discovery.Pipeline;

/// <summary>Deletes one record named by kind and key (id, xname, name or MAC), in the local store or through a <c>--server</c> alike.</summary>
internal static class RecordDeletion
{
    /// <summary>What the delete did, with the store's reason when it did not delete (no such record, a newer version).</summary>
    public static async Task<(WriteOutcome Outcome, string? Message)> DeleteAsync(
        IInventory store, RecordKind kind, string name, WriteConditions conditions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return kind switch
        {
            RecordKind.Node => Summary(await store.Nodes.DeleteAsync(name, conditions, cancellationToken)),
            RecordKind.Bmc => Summary(await store.Bmcs.DeleteAsync(name, conditions, cancellationToken)),
            RecordKind.Interface => Summary(await store.Interfaces.DeleteAsync(name, conditions, cancellationToken)),
            RecordKind.Group => Summary(await store.Groups.DeleteAsync(name, conditions, cancellationToken)),
            RecordKind.SessionTemplate => Summary(await store.SessionTemplates.DeleteAsync(name, conditions, cancellationToken)),
            _ => Summary(await store.BootProfiles.DeleteAsync(name, conditions, cancellationToken)),
        };
    }

    private static (WriteOutcome Outcome, string? Message) Summary<T>(WriteResult<T> result)
        where T : class => (result.Outcome, result.Message);
}
