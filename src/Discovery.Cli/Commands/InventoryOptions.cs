using System.CommandLine;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using Discovery.Store;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// Where the inventory commands (get, apply, delete, history, snapshot) find the inventory: the local store
/// (<c>--data-dir</c>) or a <c>discover serve</c> API (<c>--server</c>, its token from <c>--token-file</c> or
/// <c>$DISCOVER_TOKEN</c>, never from an option value: it would show in process listings).
/// </summary>
internal sealed class InventoryOptions(CommonOptions common)
{
    private readonly CommandSettings _settings = new(common, [DataDir, Server, ServerToken, ServerTokenFile], configAlias: null);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => _settings.AddTo(command);

    /// <summary>The local store (opened; restored from a snapshot if its working set is gone) or the API client.</summary>
    /// <exception cref="InventoryStoreLockedException">The store is held by a running serve.</exception>
    public async Task<IInventory> OpenAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await _settings.LoadAsync(context, parseResult, cancellationToken);
        var (inventory, notes) = await JobPlans.OpenInventoryAsync(settings, context.Home, context.TimeProvider, cancellationToken);
        await ReportAsync(context, notes, cancellationToken);
        return inventory;
    }

    /// <summary>Says on stderr what opening the store had to say (a snapshot restored, a working set set aside).</summary>
    public static async Task ReportAsync(CliContext context, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(notes);
        foreach (var note in notes)
        {
            await context.Error.WriteLineAsync($"discover: {note}".AsMemory(), cancellationToken);
        }
    }
}
