using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Records;
using Discovery.Records.Manifests;

namespace Discovery.Records.Manifests.Tests;

/// <summary>A record's own JSON plus <c>kind</c> is a manifest (what <c>get -o json | apply -f -</c> relies on).</summary>
public sealed class ManifestRoundTripTests
{
    private static readonly Guid NodeId = Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e01");

    [Fact]
    public void Parse_EveryFieldOfACollectedNode_ReadsBackAndAppliesAsNoChange()
    {
        var node = new ComputeNode
        {
            Id = NodeId,
            Xname = "x3000c0s1b0n0",
            Hostname = "nid0001",
            Arch = "x86_64",
            Manufacturer = "Contoso",
            SystemUuid = "38947555-7742-3448-3784-823347823834",
            PowerState = "On",
            ProcessorCount = 2,
            MemoryGib = 95.5,
            BootMac = "12:44:6a:3b:04:11",
            ManagementIp = "10.1.0.11",
            BmcId = Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e09"),
            BmcIp = "10.0.0.21",
            NetworkInterfaces =
            [
                new()
                {
                    Id = Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e02"), OwnerId = NodeId, Name = "eth0", MacAddress = "12:44:6a:3b:04:11",
                    Ipv4Addresses = ["10.1.0.11"], Ipv6Addresses = ["fe80::1"], SpeedMbps = 25_000, LinkStatus = "LinkUp", Enabled = true, VlanId = 12,
                },
            ],
            BootProfile = "rocky9",
            Groups = ["compute"],
            RedfishUri = "/redfish/v1/Systems/1",
            FirstSeen = DateTimeOffset.UnixEpoch,
            LastSeen = DateTimeOffset.UnixEpoch,
        };
        var json = JsonSerializer.SerializeToNode(node, InventoryJsonContext.Default.ComputeNode)!.AsObject();
        json.Insert(0, "kind", "ComputeNode");

        var result = ManifestReader.Parse(json.ToJsonString(), "node.json");

        var document = Assert.Single(result.Documents);
        Assert.Equal(new ManifestIdentity("id", NodeId.ToString()), document.Identity);
        // A node's parts (issue 17) are a crawl's facts, server-managed like its seen-times.
        Assert.Equal(
            ["processors", "memory", "accelerators", "drives", "pcie_devices", "firmware", "empty_slots", "first_seen", "last_seen"],
            document.IgnoredFields);
        Assert.Empty(ManifestApplier.Apply(document, node, Guid.NewGuid).Changes);
    }

    [Fact]
    public void Parse_GroupWithLabelsAsJson_AppliesAsNoChange()
    {
        var group = new NodeGroup
        {
            Id = NodeId,
            Name = "gpu",
            Description = "A100 nodes",
            Members = ["x3000c0s1b0n0"],
            Labels = new Dictionary<string, string> { ["vendor"] = "nvidia" },
            BootProfile = "rocky9",
        };
        var json = JsonSerializer.SerializeToNode(group, InventoryJsonContext.Default.NodeGroup)!.AsObject();
        json["kind"] = "NodeGroup";

        var document = Assert.Single(ManifestReader.Parse(json.ToJsonString(), "group.json").Documents);

        Assert.Equal(new ManifestIdentity("name", "gpu"), document.Identity);
        Assert.Empty(ManifestApplier.Apply(document, group, Guid.NewGuid).Changes);
    }
}
