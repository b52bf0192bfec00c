using Discovery.Pipeline;
using Discovery.Store;

namespace Discovery.Boot.Sessions;

/// <summary>Chooses, once from the settings, where boot sessions are: the <c>--server</c>'s BOS v2 API, else the local store.</summary>
internal static class BootSessionSources
{
    /// <summary>The sessions of <c>store.server</c> when it is set, else of the local store (opened, restored from a snapshot if need be).</summary>
    /// <exception cref="PipelineInputException">The server's token file is unusable.</exception>
    /// <exception cref="InventoryStoreLockedException">A running <c>discover serve</c> holds the local store.</exception>
    public static async Task<IBootSessions> OpenAsync(BootSessionEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var errors = new List<string>();
        var target = await JobPlans.StoreAsync(environment.Settings, environment.Home, errors, cancellationToken);
        JobPlans.ThrowIfAny(errors);
        if (target!.Server is { } server)
        {
            return new RemoteBootSessions(new BosSessionClient(new Uri(server), target.Token), environment.Timing.PollInterval, environment.Time);
        }

        var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = target.DataDirectory, TimeProvider = environment.Time }, cancellationToken);
        return new LocalBootSessions(store, StoreOpenNotes.Of(store), environment);
    }
}
