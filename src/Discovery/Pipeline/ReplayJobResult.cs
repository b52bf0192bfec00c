using Discovery.Redfish.Mapping;

namespace Discovery.Pipeline;

/// <summary>The records a replay mapped from a run's stored responses.</summary>
/// <param name="RunId">The run replayed.</param>
/// <param name="Records">Each BMC the run mapped, with its nodes, in the order the run first contacted them.</param>
/// <param name="ResponseCount">The stored responses read.</param>
internal sealed record ReplayJobResult(string RunId, IReadOnlyList<MappedInventory> Records, int ResponseCount);
