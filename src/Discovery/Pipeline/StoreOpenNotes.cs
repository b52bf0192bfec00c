using Discovery.Store;

namespace Discovery.Pipeline;

/// <summary>What opening the local store has to tell the user: a snapshot restored, a working set set aside.</summary>
internal static class StoreOpenNotes
{
    /// <summary>One line per event of <paramref name="store"/>'s opening; none for a plain open.</summary>
    public static IReadOnlyList<string> Of(InventoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var report = store.OpenReport;
        var notes = new List<string>();
        if (report.MovedAside is { } aside)
        {
            notes.Add($"the working set did not read ({report.Problem}); kept as {aside}");
        }

        notes.AddRange(report.SkippedSnapshots.Select(skipped => $"snapshot skipped: {skipped}"));
        if (report.RestoredSnapshot is { } snapshot && store.Snapshot is null)
        {
            notes.Add($"restored the inventory from snapshot {snapshot}");
        }

        return notes;
    }
}
