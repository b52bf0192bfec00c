using System.Text.Json;
using Discovery.Core.Inventory;

namespace Discovery.Core.Tests.Inventory;

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
}
