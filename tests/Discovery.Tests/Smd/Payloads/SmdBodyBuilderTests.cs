using System.Text.Json;
using Discovery.Smd.Payloads;
using Discovery.Smd.Sending;
using Discovery.Smd.Tests.Support;

namespace Discovery.Smd.Payloads.Tests;

public sealed class SmdBodyBuilderTests
{
    private static JsonElement Json(RedfishEndpointBody body) => JsonSerializer.SerializeToElement(body, SmdJsonContext.Default.RedfishEndpointBody);

    [Fact]
    public void Build_SampleBmc_RootHasTheFullInventoryFields()
    {
        var registration = SmdBodyBuilder.Build(SampleInventories.Bmc(5), "admin", null)!;

        var root = Json(registration.Endpoint);
        Assert.Equal("x3000c0s5b0", root.GetProperty("ID").GetString());
        Assert.Equal("NodeBMC", root.GetProperty("Type").GetString());
        Assert.Equal("10.0.0.5", root.GetProperty("FQDN").GetString());
        Assert.Equal("02:00:00:00:00:05", root.GetProperty("MACAddr").GetString());
        Assert.True(root.GetProperty("MACRequired").GetBoolean());
        Assert.False(root.GetProperty("RediscoverOnUpdate").GetBoolean());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("SchemaVersion").ValueKind);
        Assert.Equal(1, root.GetProperty("SchemaVersion").GetInt32());
        Assert.Equal("admin", root.GetProperty("User").GetString());
        Assert.False(root.TryGetProperty("Password", out _));
        Assert.Equal(2, root.GetProperty("Systems").GetArrayLength());
        Assert.Equal("1.45", root.GetProperty("Managers")[0].GetProperty("firmware_version").GetString());
    }

    [Fact]
    public void Build_NodeNicWithoutAddress_GoesToEthernetInterfacesNotTheBody()
    {
        var registration = SmdBodyBuilder.Build(SampleInventories.Bmc(5), "admin", null)!;

        // SMD answers 400 for a body NIC without an address (after storing the endpoint), so those are sent apart.
        var listed = registration.Endpoint.Systems.SelectMany(s => s.EthernetInterfaces).ToList();
        Assert.All(listed, n => Assert.False(string.IsNullOrEmpty(n.Ip)));
        Assert.Equal(["02:10:00:05:00:02", "02:10:00:05:01:02"], listed.Select(n => n.Mac));
        Assert.Equal(["02:10:00:05:00:01", "02:10:00:05:01:01"], registration.EthernetInterfaces.Select(n => n.MacAddress));
        Assert.Equal(["x3000c0s5b0n0", "x3000c0s5b0n1"], registration.EthernetInterfaces.Select(n => n.ComponentId));
        Assert.All(registration.EthernetInterfaces, n => Assert.Empty(n.IpAddresses));
        Assert.Equal("021000050001", registration.EthernetInterfaces[0].Id);
    }

    [Fact]
    public void Build_SystemsWithoutUuid_NicsOfTheCollapsedSystemBecomeEthernetInterfaces()
    {
        // HPE Cray EX425: two nodes, no system UUID; SMD keeps the first and drops the second.
        var inventory = SampleInventories.Bmc(7);
        inventory = inventory with { Nodes = [.. inventory.Nodes.Select(n => n with { SystemUuid = null })] };

        var registration = SmdBodyBuilder.Build(inventory, "admin", null)!;

        Assert.Equal(2, registration.Endpoint.Systems.Count);
        Assert.Single(registration.Endpoint.Systems[0].EthernetInterfaces);
        Assert.Empty(registration.Endpoint.Systems[1].EthernetInterfaces);
        var second = registration.EthernetInterfaces.Where(n => n.ComponentId == "x3000c0s7b0n1").ToList();
        Assert.Equal(["02:10:00:07:01:01", "02:10:00:07:01:02"], second.Select(n => n.MacAddress));
        Assert.Equal(["10.1.7.11"], second[1].IpAddresses.Select(a => a.IpAddress));
    }

    [Fact]
    public void Build_MacOnTwoInterfaces_SentOnce()
    {
        // DMTF public-rackmount1: a VLAN interface repeats its parent NIC's MAC.
        var inventory = SampleInventories.Bmc(3, nodes: 1);
        var node = inventory.Nodes[0];
        var vlan = SampleInventories.Nic(node.Id, "/redfish/v1/Systems/0/EthernetInterfaces/2/VLANs/1", "02:10:00:03:00:02", "192.168.150.236");
        inventory = inventory with { Nodes = [node with { NetworkInterfaces = [.. node.NetworkInterfaces, vlan] }] };

        var registration = SmdBodyBuilder.Build(inventory, "admin", null)!;

        var macs = registration.Endpoint.Systems.SelectMany(s => s.EthernetInterfaces).Select(n => n.Mac)
            .Concat(registration.EthernetInterfaces.Select(n => n.MacAddress!))
            .ToList();
        Assert.Equal(macs.Distinct().Count(), macs.Count);
    }

    [Fact]
    public void Build_ManagerNics_OnlyTheBmcsOwn()
    {
        var registration = SmdBodyBuilder.Build(SampleInventories.Bmc(5), "admin", null)!;

        var manager = Assert.Single(registration.Endpoint.Managers);
        var own = Assert.Single(manager.EthernetInterfaces);
        Assert.Equal(("02:00:00:00:00:05", "10.0.0.5"), (own.Mac, own.Ip));
        Assert.Equal("/redfish/v1/Managers/BMC", manager.Uri);
    }

    [Fact]
    public void Build_SameRecordsCollectedAgain_SameHash()
    {
        // New ids and seen-times on every crawl; neither is in the body.
        var first = SmdBodyBuilder.Build(SampleInventories.Bmc(9), "admin", null)!;
        var again = SampleInventories.Bmc(9);
        again = again with { Bmc = again.Bmc with { LastSeen = DateTimeOffset.UnixEpoch } };

        Assert.Equal(RegistrationHash.Of(first), RegistrationHash.Of(SmdBodyBuilder.Build(again, "admin", null)!));
    }

    [Fact]
    public void Build_FirmwareChanged_HashChanges()
    {
        var before = SmdBodyBuilder.Build(SampleInventories.Bmc(9), "admin", null)!;
        var after = SmdBodyBuilder.Build(SampleInventories.Bmc(9, firmware: "1.46"), "admin", null)!;

        Assert.NotEqual(RegistrationHash.Of(before), RegistrationHash.Of(after));
    }

    [Fact]
    public void Build_Password_InTheBodyOnlyWhenGivenAndNeverInTheHash()
    {
        var without = SmdBodyBuilder.Build(SampleInventories.Bmc(2), "admin", null)!;
        var with = SmdBodyBuilder.Build(SampleInventories.Bmc(2), "admin", "S3cret-1")!;
        var other = SmdBodyBuilder.Build(SampleInventories.Bmc(2), "admin", "S3cret-2")!;

        Assert.Equal("S3cret-1", Json(with.Endpoint).GetProperty("Password").GetString());
        Assert.Equal(RegistrationHash.Of(with), RegistrationHash.Of(other));
        Assert.NotEqual(RegistrationHash.Of(without), RegistrationHash.Of(with));
        Assert.Equal("***", Json(RegistrationHash.Masked(with.Endpoint)).GetProperty("Password").GetString());
    }

    [Fact]
    public void Build_NoXname_ReturnsNull()
    {
        var inventory = SampleInventories.Bmc(2);

        Assert.Null(SmdBodyBuilder.Build(inventory with { Bmc = inventory.Bmc with { Xname = null } }, "admin", null));
    }

    [Fact]
    public void Build_NoBmcMac_OmitsMacAddrAndDoesNotRequireIt()
    {
        // HPE Cray CMM and Slingshot blades list no manager NIC; the swagger's MACAddr pattern refuses "".
        var inventory = SampleInventories.Bmc(2);

        var registration = SmdBodyBuilder.Build(inventory with { Bmc = inventory.Bmc with { Mac = null } }, "admin", null)!;

        var root = Json(registration.Endpoint);
        Assert.False(root.TryGetProperty("MACAddr", out _));
        Assert.False(root.GetProperty("MACRequired").GetBoolean());
        Assert.Empty(registration.Endpoint.Managers[0].EthernetInterfaces);
    }

    [Theory]
    [InlineData("10.0.0.5", 443, "10.0.0.5")]
    [InlineData("127.0.0.2", 40455, "127.0.0.2:40455")]
    [InlineData("fd00::0001", 443, "[fd00::1]")]
    [InlineData("fd00::1", 8443, "[fd00::1]:8443")]
    [InlineData("BMC1.Cluster", 443, "bmc1.cluster")]
    public void Fqdn_AddressAndPort_AsSmdNormalisesThem(string address, int port, string expected) =>
        Assert.Equal(expected, SmdBodyBuilder.Fqdn(address, port));

    [Theory]
    [InlineData("x3000c0s5b0", "NodeBMC")]
    [InlineData("x1000c3b0", "ChassisBMC")]
    [InlineData("x3000c0r15b0", "RouterBMC")]
    [InlineData("x3000c0s5b0n1", "Node")]
    [InlineData("not-an-xname", "")]
    public void HmsType_Xname_TypeSmdDerives(string xname, string expected) =>
        Assert.Equal(expected, SmdBodyBuilder.HmsType(xname));
}
