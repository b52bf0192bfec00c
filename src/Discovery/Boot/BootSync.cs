using Discovery.Store;

namespace Discovery.Boot;

/// <summary>
/// The entry point of <c>discover boot sync</c>: for each node in scope, its effective boot profile becomes a BSS
/// bootparameters entry; then each group in scope (the one named, else the nodes' groups) goes to cloud-init
/// (<see cref="CloudInitSync"/>). Idempotent: each entry is read first, then created (none), replaced (differs) or
/// left alone; a dry run reads only. A service failure is that target's result, and the others carry on.
/// </summary>
internal static class BootSync
{
    public static async Task<IReadOnlyList<BootSyncResult>> RunAsync(IInventory inventory, BootSyncRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(request);
        var nodes = await BootNodes.ResolveAsync(inventory, request.Nodes, request.Group, cancellationToken);
        var results = new List<BootSyncResult>(nodes.Count);
        if (request.BssUrl is not null)
        {
            results.AddRange(await BssAsync(inventory, nodes, request, cancellationToken));
        }

        if (request.CloudInitUrl is not null)
        {
            using var cloudInit = new CloudInitClient(request.CloudInitUrl, request.Token, request.RequestTimeout);
            var groups = request.Group is { } group ? [group] : nodes.SelectMany(n => n.Groups);
            results.AddRange(await CloudInitSync.RunAsync(inventory, cloudInit, groups, request.DryRun, cancellationToken));
        }

        return results;
    }

    private static async Task<List<BootSyncResult>> BssAsync(IInventory inventory, IReadOnlyList<Records.ComputeNode> nodes, BootSyncRequest request, CancellationToken cancellationToken)
    {
        using var bss = new BssClient(request.BssUrl!, request.Token, request.RequestTimeout);
        var results = new List<BootSyncResult>(nodes.Count);
        foreach (var node in nodes)
        {
            var resolution = await inventory.ResolveBootProfileAsync(node.Id.ToString(), cancellationToken);
            var (entry, skipped) = BootEntries.For(node, resolution?.Profile);
            var name = node.Xname ?? node.Id.ToString();
            if (entry is null)
            {
                results.Add(new BootSyncResult { Target = name, Profile = resolution?.ProfileName, Action = "skipped", Message = skipped });
                continue;
            }

            results.Add(await SyncAsync(bss, name, resolution?.ProfileName, entry, request.DryRun, cancellationToken));
        }

        return results;
    }

    /// <summary>Reads the host's entry and writes <paramref name="entry"/> only where it differs.</summary>
    public static async Task<BootSyncResult> SyncAsync(BssClient bss, string node, string? profile, BssBootParameters entry, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bss);
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var current = await bss.GetAsync(entry.Hosts[0], cancellationToken);
            var action = current is null ? "create" : current.SameBoot(entry) ? null : "update";
            if (action is not null && !dryRun)
            {
                await bss.WriteAsync(entry, create: current is null, cancellationToken);
            }

            var done = action is null ? "unchanged" : dryRun ? "would_" + action : action + "d";
            return new BootSyncResult { Target = node, Profile = profile, Action = done, Entry = entry };
        }
        catch (Exception ex) when (ex is BootServiceException or HttpRequestException or System.Text.Json.JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new BootSyncResult { Target = node, Profile = profile, Action = "failed", Message = "BSS: " + ex.Message, Entry = entry };
        }
    }
}
