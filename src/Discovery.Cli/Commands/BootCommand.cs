using System.CommandLine;
using Discovery.Boot;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using static Discovery.Configuration.SettingKeys;

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

    private static readonly TableColumn<BootSyncResult>[] Columns =
    [
        new("Target", r => r.Target),
        new("Service", r => r.Service),
        new("Profile", r => r.Profile),
        new("Action", r => r.Action.Replace('_', ' ')),
        new("Kernel", r => r.Entry?.Kernel),
        new("MACs", r => r.Entry?.Macs is { } macs ? string.Join(",", macs) : null),
        new("Detail", r => r.Message),
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
            var errors = new List<string>();
            if (effective.Text(BootBssUrl) is null && effective.Text(BootCloudInitUrl) is null)
            {
                errors.Add("--bss URL (boot.bss_url, DISCOVER_BSS_URL) or --cloud-init URL (boot.cloud_init_url) is required");
            }

            var token = await JobPlans.SecretAsync(effective, context.Home, SmdTokenFile, SmdToken, errors, cancellationToken);
            var store = await JobPlans.StoreAsync(effective, context.Home, errors, cancellationToken);
            JobPlans.ThrowIfAny(errors);
            var request = new BootSyncRequest
            {
                BssUrl = effective.Text(BootBssUrl) is { } bssUrl ? new Uri(bssUrl) : null,
                CloudInitUrl = effective.Text(BootCloudInitUrl) is { } cloudInitUrl ? new Uri(cloudInitUrl) : null,
                Token = token,
                Nodes = parseResult.GetValue(nodes) ?? [],
                Group = parseResult.GetValue(group),
                DryRun = parseResult.GetValue(dryRun),
            };
            var (inventory, notes) = await store!.OpenAsync(context.TimeProvider, logger: null, cancellationToken);
            IReadOnlyList<BootSyncResult> results;
            using (inventory)
            {
                await InventoryOptions.ReportAsync(context, notes, cancellationToken);
                results = await BootSync.RunAsync(inventory, request, cancellationToken);
            }

            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(results, BootJsonContext.Default.BootSyncResult, Columns, cancellationToken);
            var counts = string.Join(", ", results.GroupBy(r => r.Action).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key.Replace('_', ' ')}"));
            await context.Error.WriteLineAsync($"boot sync: {results.Count} node(s): {counts}".AsMemory(), cancellationToken);
            return results.Any(r => r.Failed) ? ExitCodes.RemoteFailure : ExitCodes.Ok;
        });
        return command;
    }
}
