using Discovery.Configuration;
using Discovery.Power;
using Discovery.Redfish.Http;

namespace Discovery.Pipeline;

internal static partial class JobPlans
{
    /// <summary>
    /// What <c>power</c> works on: the client towards the BMCs and the nodes named (or the group's), each with its BMC,
    /// read from the inventory (closed again before any BMC is contacted). <paramref name="notes"/> is shown what opening
    /// the local store had to say, before the nodes are looked up.
    /// </summary>
    /// <exception cref="PipelineInputException">The TLS or store settings are unusable.</exception>
    /// <exception cref="Store.InventoryQueryException">A named node or the group does not exist.</exception>
    public static async Task<(RedfishClientOptions Client, IReadOnlyList<PowerTarget> Targets)> PowerAsync(
        EffectiveSettings settings, string? home, IReadOnlyList<string> names, string? group, TimeProvider time,
        Func<IReadOnlyList<string>, Task> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var errors = new List<string>();
        var client = Client(settings, home, errors);
        var store = await StoreAsync(settings, home, errors, cancellationToken);
        ThrowIfAny(errors);
        var (inventory, opened) = await store!.OpenAsync(time, logger: null, cancellationToken);
        using (inventory)
        {
            await notes(opened);
            return (client, await PowerTargets.ResolveAsync(inventory, names, group, cancellationToken));
        }
    }

    /// <summary>A <c>power</c> action as typed (any case): status, on, off, reset or cycle; never a number.</summary>
    public static bool TryParsePowerAction(string text, out PowerAction action) =>
        Enum.TryParse(text, ignoreCase: true, out action) && Enum.IsDefined(action) && !int.TryParse(text, out _);
}
