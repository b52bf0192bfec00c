using System.CommandLine;
using Discovery.Store.Remote;
using Discovery.Api;
using Discovery.Cli.Output;
using Discovery.Store;

namespace Discovery.Cli.Commands;

/// <summary><c>discover snapshot create|list|restore NAME</c>: Parquet snapshots of the inventory store.</summary>
internal static class SnapshotCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var command = new Command("snapshot", "Create, list or restore Parquet snapshots of the inventory");
        command.Subcommands.Add(Sub(context, common, "create", "Take a snapshot now", null, async (store, _, ct) =>
        {
            var snapshot = await store.CreateSnapshotAsync(ct);
            return snapshot is null ? [] : [snapshot];
        }));
        command.Subcommands.Add(Sub(context, common, "list", "List the snapshots, oldest first", null, (store, _, ct) => store.ListSnapshotsAsync(ct)));
        var name = new Argument<string>("NAME") { Description = "The snapshot to restore (see 'discover snapshot list')" };
        command.Subcommands.Add(Sub(context, common, "restore", "Replace the inventory with a snapshot (the current state is snapshotted first)", name, async (store, parseResult, ct) =>
        {
            var before = await store.RestoreSnapshotAsync(parseResult.GetValue(name)!, ct);
            await context.Error.WriteLineAsync($"restored {parseResult.GetValue(name)}; the state before is snapshot {before?.Name}".AsMemory(), ct);
            return before is null ? [] : [before];
        }));
        return command;
    }

    private static Command Sub(
        CliContext context, CommonOptions common, string verb, string description, Argument<string>? argument,
        Func<IInventory, ParseResult, CancellationToken, Task<IReadOnlyList<SnapshotInfo>>> run)
    {
        var inventory = new InventoryOptions(common);
        var command = new Command(verb, description);
        if (argument is not null)
        {
            command.Arguments.Add(argument);
        }

        inventory.AddTo(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var store = await inventory.OpenAsync(context, parseResult, cancellationToken);
            var snapshots = await run(store, parseResult, cancellationToken);
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteListAsync(snapshots, ApiJsonContext.Default.SnapshotInfo, SnapshotTableColumns.All, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
