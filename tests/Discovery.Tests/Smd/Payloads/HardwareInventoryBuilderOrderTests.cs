using Discovery.Records.Parts;
using Discovery.Smd.Tests.Support;

namespace Discovery.Smd.Payloads.Tests;

/// <summary>Issue 17: SMD hardware ordinals count slots in natural URI order, so DIMM <c>Memory/2</c> is <c>d1</c>, not <c>d3</c>.</summary>
public sealed class HardwareInventoryBuilderOrderTests
{
    [Fact]
    public void Build_MemoryUrisPastNine_OrdinalsFollowNaturalOrder()
    {
        var inventory = SampleInventories.Bmc(1, nodes: 1);
        var node = inventory.Nodes[0];
        // In the order a crawl-log read-back may give them; as plain text Memory/10 and Memory/11 would come before Memory/2.
        int[] slots = [11, 2, 10, 1, 3];
        var dimms = slots.Select(n => new MemoryModule
        {
            Id = Guid.NewGuid(), OwnerId = node.Id, Location = $"DIMM{n}", SerialNumber = $"S{n}", RedfishUri = $"/redfish/v1/Systems/1/Memory/{n}",
        });

        var entries = HardwareInventoryBuilder.Build(inventory with { Nodes = [node with { Memory = [.. dimms] }] });

        Assert.Equal(
            [("x3000c0s1b0n0d0", 0, "1", "DIMM1"), ("x3000c0s1b0n0d1", 1, "2", "DIMM2"), ("x3000c0s1b0n0d2", 2, "3", "DIMM3"),
             ("x3000c0s1b0n0d3", 3, "10", "DIMM10"), ("x3000c0s1b0n0d4", 4, "11", "DIMM11")],
            entries.Select(e => (e.Id, e.Ordinal, e.MemoryLocationInfo!.Id, e.MemoryLocationInfo.Name)));
    }
}
