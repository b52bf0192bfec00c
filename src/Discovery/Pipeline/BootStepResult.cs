using System.Text.Json.Serialization;
using Discovery.Boot;

namespace Discovery.Pipeline;

/// <summary>What the boot step of a <c>discover run</c> pass did: a result per node (BSS) and per group (cloud-init), or why it did not run.</summary>
internal sealed record BootStepResult
{
    /// <summary>The services synced: <c>BSS</c>, <c>cloud-init</c> or both, for the lines people read.</summary>
    [JsonIgnore]
    public string Services { get; init; } = string.Empty;

    /// <summary>One row per node and per group, as <c>discover boot sync -o json</c> writes them.</summary>
    public IReadOnlyList<BootSyncResult> Results { get; init; } = [];

    /// <summary>Why the step did not run (the deadline, a failed store step), or null.</summary>
    public string? Skipped { get; init; }

    /// <summary>Why the boot profiles could not be read from the store, or null.</summary>
    public string? Failure { get; init; }

    /// <summary>True when the store could not be read or BSS or cloud-init failed for any node or group.</summary>
    public bool Failed => Failure is not null || Results.Any(r => r.Failed);

    /// <summary>True when the step wrote to BSS or cloud-init (an unchanged fleet writes nothing).</summary>
    [JsonIgnore]
    public bool Wrote => Results.Any(r => r.Action is "created" or "updated");

    /// <summary>The error lines: the store failure, or one per node or group that BSS or cloud-init failed.</summary>
    public IEnumerable<string> ProblemLines()
    {
        if (Failure is not null)
        {
            yield return $"boot: failed: {Failure}";
        }

        foreach (var failed in Results.Where(r => r.Failed))
        {
            yield return $"boot: failed: {failed.Service} {failed.Target}: {failed.Message}";
        }
    }

    /// <summary>The summary line: per service, how many targets and what was done (<c>boot: bss: 3 nodes: 3 created</c>).</summary>
    public string Summary()
    {
        if (Skipped is not null)
        {
            return $"boot: {Services} not synced: {Skipped}";
        }

        if (Failure is not null)
        {
            return $"boot: {Services} not synced: the store could not be read";
        }

        var parts = Results.GroupBy(r => r.Service, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            $"{g.Key}: {g.Count()} {(g.Key == "bss" ? "node" : "group")}(s): " +
            string.Join(", ", g.GroupBy(r => r.Action, StringComparer.Ordinal).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Count()} {a.Key.Replace('_', ' ')}")));
        return Results.Count == 0 ? $"boot: {Services}: no node in the store" : "boot: " + string.Join("; ", parts);
    }
}
