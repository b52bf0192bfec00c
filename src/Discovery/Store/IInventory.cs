using Discovery.Records;

namespace Discovery.Store;

/// <summary>
/// The inventory as the CLI uses it: the local <see cref="InventoryStore"/>, or a <c>discover serve</c> API through
/// its HTTP client. Every command goes through this, so <c>--server URL</c> changes where, not what.
/// </summary>
internal interface IInventory : IDisposable
{
    /// <summary>The compute nodes (key: id or xname).</summary>
    IRecordSet<ComputeNode> Nodes { get; }

    /// <summary>The BMCs (key: id, xname or IP).</summary>
    IRecordSet<Bmc> Bmcs { get; }

    /// <summary>The network interfaces (key: id or MAC).</summary>
    IRecordSet<NetworkInterface> Interfaces { get; }

    /// <summary>The node groups (key: id or name).</summary>
    IRecordSet<NodeGroup> Groups { get; }

    /// <summary>The boot profiles (key: id or name).</summary>
    IRecordSet<BootProfile> BootProfiles { get; }

    /// <summary>The BOS session templates (key: id or name).</summary>
    IRecordSet<SessionTemplate> SessionTemplates { get; }

    /// <summary>Takes in what a collect run found (identity rules, history; see <see cref="InventoryStore.UpsertCollectedAsync"/>).</summary>
    Task<CollectUpsertSummary> UpsertCollectedAsync(IReadOnlyList<CollectedBmc> collected, CancellationToken cancellationToken);

    /// <summary>Applies manifests, all or nothing (<see cref="ApplyRequest.DryRun"/>: report only).</summary>
    Task<ApplyReport> ApplyAsync(ApplyRequest request, CancellationToken cancellationToken);

    /// <summary>History events, oldest first.</summary>
    Task<IReadOnlyList<HistoryEvent>> ReadHistoryAsync(HistoryQuery query, CancellationToken cancellationToken);

    /// <summary>The parts matching <paramref name="query"/>, kind by kind (<see cref="InventoryStore.FindPartsAsync"/>).</summary>
    Task<IReadOnlyList<Records.Parts.Part>> FindPartsAsync(PartQuery query, CancellationToken cancellationToken);

    /// <summary>The boot profile a node boots with and where it comes from; null when none (or no such node).</summary>
    Task<BootProfileResolution?> ResolveBootProfileAsync(string nodeKey, CancellationToken cancellationToken);

    /// <summary>The complete snapshots, oldest first.</summary>
    Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(CancellationToken cancellationToken);

    /// <summary>Takes a snapshot now (always, even when nothing changed).</summary>
    Task<SnapshotInfo?> CreateSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the working set with snapshot <paramref name="name"/>; returns the snapshot taken of the state before.</summary>
    /// <exception cref="InventoryQueryException">No snapshot has that name.</exception>
    Task<SnapshotInfo?> RestoreSnapshotAsync(string name, CancellationToken cancellationToken);
}
