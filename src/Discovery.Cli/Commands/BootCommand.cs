using System.CommandLine;
using Discovery.Boot;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using static Discovery.Configuration.SettingKeys;
using Discovery.Pipeline.Reports;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover boot sync [NODE...] [--group G] --bss URL [--dry-run]</c>: each node's effective boot profile to BSS
/// (<see cref="BootSync"/>), one row per node. Exit code 0 when BSS took (or already had) every entry, 4 when BSS
/// failed for any, 2 for bad input.
/// </summary>
internal static class BootCommand
{
    private static readonly string[] SyncKeys =
    [
        BootBssUrl, BootCloudInitUrl, SmdToken, SmdTokenFile, DataDir, Server, ServerToken, ServerTokenFile, Configuration.SettingKeys.LogLevel,
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var boot = new Command("boot", "Deliver boot intent (boot profiles) to OpenCHAMI boot services");
        boot.Subcommands.Add(Sync(context, common));
        boot.Subcommands.Add(BootSessionCommand.Create(context, common));
        return boot;
    }

    private static Command Sync(CliContext context, CommonOptions common)
    {
        var nodes = new Argument<string[]>("NODE") { Description = "Nodes by xname or id (none and no --group: every node)", Arity = ArgumentArity.ZeroOrMore };
        var group = new Option<string?>("--group", "-g") { Description = "Every node of this group", HelpName = "G" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read BSS and show what would be created or updated; write nothing" };
        var settings = new CommandSettings(common, SyncKeys);
        var command = new Command(
            "sync",
            "Write each node's effective boot profile to BSS bootparameters (hosts = xname, macs = boot MAC else NIC MACs, kernel, initrd, params) and each group's user-data (with its admin user and SSH key) to cloud-init /admin/groups; reads first, writes only what differs")
        { nodes, group, dryRun };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var (request, store) = await JobPlans.BootSyncAsync(
                effective, context.Home, parseResult.GetValue(nodes) ?? [], parseResult.GetValue(group), parseResult.GetValue(dryRun), cancellationToken);
            var (inventory, notes) = await store.OpenAsync(context.TimeProvider, logger: null, cancellationToken);
            IReadOnlyList<BootSyncResult> results;
            using (inventory)
            {
                await InventoryOptions.ReportAsync(context, notes, cancellationToken);
                results = await BootSync.RunAsync(inventory, request, cancellationToken);
            }

            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(results, BootJsonContext.Default.BootSyncResult, BootSyncTableColumns.All, cancellationToken);
            await context.Error.WriteLineAsync(ActionSummary.BootSync(results).AsMemory(), cancellationToken);
            return ExitCodes.For(JobOutcomes.Of(results));
        });
        return command;
    }
}
