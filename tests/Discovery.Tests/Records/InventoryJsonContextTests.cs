using System.Text.Json;
using Discovery.Records;

namespace Discovery.Records.Tests;

public sealed class InventoryJsonContextTests
{
    [Fact]
    public void Serialize_ComputeNode_UsesSnakeCaseNamesOfTheRfd()
    {
        var node = new ComputeNode
        {
            Id = Guid.Parse("6f1c1f3e-2a5e-4b55-9a55-0d1c2b3a4f5e"),
            SerialNumber = "MXQ019020B",
            MemoryGib = 256,
            NetworkInterfaces =
            [
                new NetworkInterface { Id = Guid.Empty, OwnerKind = NetworkInterfaceOwnerKind.Node, MacAddress = "aa:bb:cc:dd:ee:ff" },
            ],
        };

        var json = JsonSerializer.Serialize(node, InventoryJsonContext.Default.ComputeNode);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal("MXQ019020B", root.GetProperty("serial_number").GetString());
        Assert.Equal(256, root.GetProperty("memory_gib").GetDouble());
        var nic = root.GetProperty("network_interfaces")[0];
        Assert.Equal("node", nic.GetProperty("owner_kind").GetString());
        Assert.Equal("aa:bb:cc:dd:ee:ff", nic.GetProperty("mac_address").GetString());
        Assert.False(root.TryGetProperty("xname", out _), "null properties are omitted");
    }

    [Fact]
    public void Deserialize_JsonWithoutCollectionsOrPort_KeepsEmptyCollectionsAndDefaultPort()
    {
        // Source-generated JSON assigns every init-only property, default(T) when absent (dotnet/runtime#84484).
        const string Id = "6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01";

        var bmc = JsonSerializer.Deserialize($$"""{"id":"{{Id}}","ip":"10.0.0.21"}""", InventoryJsonContext.Default.Bmc)!;
        var node = JsonSerializer.Deserialize($$"""{"id":"{{Id}}","groups":null}""", InventoryJsonContext.Default.ComputeNode)!;
        var nic = JsonSerializer.Deserialize($$"""{"id":"{{Id}}"}""", InventoryJsonContext.Default.NetworkInterface)!;
        var group = JsonSerializer.Deserialize($$"""{"id":"{{Id}}","name":"compute"}""", InventoryJsonContext.Default.NodeGroup)!;

        Assert.Equal(Bmc.DefaultPort, bmc.Port);
        Assert.Empty(bmc.NetworkInterfaces);
        Assert.Empty(node.NetworkInterfaces);
        Assert.Empty(node.Groups);
        Assert.Empty(nic.Ipv4Addresses);
        Assert.Empty(nic.Ipv6Addresses);
        Assert.Empty(group.Members);
        Assert.Empty(group.Labels);
    }
}
