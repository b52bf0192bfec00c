using Discovery.Redfish.Mapping;

namespace Discovery.Cli.Commands;

/// <summary>What <c>send</c> registers, whatever it was read from.</summary>
/// <param name="Description">Where the records came from, for the user (<c>collect run 20261122T021500Z-1a2b3c4d</c>).</param>
/// <param name="Inventories">The BMCs and their nodes.</param>
internal sealed record SendSource(string Description, IReadOnlyList<MappedInventory> Inventories);
