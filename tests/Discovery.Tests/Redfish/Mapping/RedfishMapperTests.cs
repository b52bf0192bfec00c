using Discovery.Redfish.Mapping;

using Discovery.Redfish.Tests;

namespace Discovery.Redfish.Mapping.Tests;

/// <summary>
/// Maps the shared mockups straight from disk. Every expected value below was read by hand from the mockup's
/// JSON files (paths in the comments), not produced by the mapper.
/// </summary>
public sealed class RedfishMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Map_DmtfRackmount_ReadsSystemNicsAndBmcEth0()
    {
        // Managers/BMC/EthernetInterfaces/eth0 carries 192.168.0.10.
        var inventory = RedfishMapper.Map(SharedMockups.Load("dmtf-public-rackmount1"), "192.168.0.10", 443, Now);

        var node = Assert.Single(inventory.Nodes);
        Assert.Equal("437XR1138R2", node.SerialNumber);
        Assert.Equal("3500", node.Model);
        Assert.Equal("Contoso", node.Manufacturer);
        Assert.Equal("38947555-7742-3448-3784-823347823834", node.SystemUuid);
        Assert.Equal(2, node.ProcessorCount);
        Assert.Equal(96, node.MemoryGib);
        Assert.Equal("On", node.PowerState);
        Assert.Equal("P79 v1.45 (12/06/2017)", node.BiosVersion);
        Assert.Equal("x86_64", node.Arch);
        // URI order: 12446A3B0411, 12446A3B8890, ToManager, VLAN1. NIC 2's current MAC differs from its permanent one.
        Assert.Equal(
            ["12:44:6a:3b:04:11", "aa:bb:cc:dd:ee:00", "aa:bb:cc:dd:ee:fe", "12:44:6a:3b:04:11"],
            node.NetworkInterfaces.Select(n => n.MacAddress));
        Assert.Equal("12:44:6a:3b:88:90", node.NetworkInterfaces[1].PermanentMacAddress);
        Assert.Equal("23:11:8a:33:cf:ea", inventory.Bmc.Mac);
        Assert.Equal("1.45.455b66-rev4", inventory.Bmc.FirmwareVersion);
        Assert.Equal("92384634-2938-2342-8820-489239905423", inventory.Bmc.ServiceUuid);
        Assert.Equal("1.15.0", inventory.Bmc.RedfishVersion);
        Assert.Equal(inventory.Bmc.Id, node.BmcId);
        Assert.Equal("23:11:8a:33:cf:ea", node.BmcMac);
    }

    [Fact]
    public void Map_DmtfRackmountUnknownAddress_SkipsHostInterfaceToHost()
    {
        // Connected through a name: eth0 and ToHost both carry real addresses, but HostInterfaces/1 names ToHost.
        var inventory = RedfishMapper.Map(SharedMockups.Load("dmtf-public-rackmount1"), "bmc.example", 443, Now);

        Assert.Equal("23:11:8a:33:cf:ea", inventory.Bmc.Mac);
    }

    [Fact]
    public void Map_HpeDl325_DropsNaAddressesAndFindsIloNic()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("hpe-proliant-dl325-gen10plus-ilo5"), "10.254.1.15", 443, Now);

        var node = Assert.Single(inventory.Nodes);
        Assert.Equal("MXQ019020B", node.SerialNumber);
        Assert.Equal("ProLiant DL325 Gen10 Plus", node.Model);
        Assert.Equal("36383150-3630-584d-5130-313930323042", node.SystemUuid);
        Assert.Equal(1, node.ProcessorCount);
        Assert.Equal(64, node.MemoryGib);
        Assert.Equal(
            ["94:40:c9:5c:86:bc", "94:40:c9:5c:86:bd", "14:02:ec:d9:3a:a0", "14:02:ec:d9:3a:a1"],
            node.NetworkInterfaces.Select(n => n.MacAddress));
        // Systems/1/EthernetInterfaces/1 has IPv4Addresses [{"Address": "N/A"}].
        Assert.Empty(node.NetworkInterfaces[0].Ipv4Addresses);
        Assert.Equal("94:40:c9:37:d3:fc", inventory.Bmc.Mac);
        Assert.Equal("iLO 5 v2.46", inventory.Bmc.FirmwareVersion);
        Assert.Equal("HPE", inventory.Bmc.Manufacturer);
        Assert.Equal("ILOMXQ019020B.hmn", inventory.Bmc.Fqdn);
        // Managers/1/EthernetInterfaces/1 writes IPv6 with a /64 suffix.
        Assert.All(inventory.Bmc.NetworkInterfaces.SelectMany(n => n.Ipv6Addresses), a => Assert.DoesNotContain('/', a));
    }

    [Fact]
    public void Map_HpeDl325UnknownAddress_SkipsVirtualNicAndDisabledPort()
    {
        // NIC 2 is 0.0.0.0, NIC 3 is the virtual host interface 16.1.15.1 named by HostInterfaces/1.
        var inventory = RedfishMapper.Map(SharedMockups.Load("hpe-proliant-dl325-gen10plus-ilo5"), "ilo.example", 443, Now);

        Assert.Equal("94:40:c9:37:d3:fc", inventory.Bmc.Mac);
    }

    [Fact]
    public void Map_IntelS2600_NoSystemNicsAndDashedBmcMac()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("intel-s2600bpb"), "10.254.1.23", 443, Now);

        var node = Assert.Single(inventory.Nodes);
        Assert.Equal("QSBP74100021", node.SerialNumber);
        Assert.Equal("S2600BPB", node.Model);
        Assert.Equal("3504bf7d-ae5b-11e7-ab21-a4bf012890a8", node.SystemUuid);
        Assert.Equal(2, node.ProcessorCount);
        Assert.Equal(48, node.MemoryGib);
        Assert.Empty(node.NetworkInterfaces);
        // Managers/BMC/EthernetInterfaces/3: "a4-bf-01-28-90-ac" on 10.254.1.23.
        Assert.Equal("a4:bf:01:28:90:ac", inventory.Bmc.Mac);
        Assert.Equal("1.93.870cf4f0", inventory.Bmc.FirmwareVersion);
        Assert.Equal(3, inventory.Bmc.NetworkInterfaces.Count);
    }

    [Fact]
    public void Map_GigabyteAmi_SharedMacsAndBond0()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("gigabyte-h262-z63-ami"), "10.254.1.32", 443, Now);

        var node = Assert.Single(inventory.Nodes);
        Assert.Equal("GJG9NF512A000302", node.SerialNumber);
        Assert.Equal("H262-Z63-00", node.Model);
        Assert.Equal("e9184000-7983-11ec-8000-b42e99bade15", node.SystemUuid);
        Assert.Equal(2, node.ProcessorCount);
        Assert.Equal(244, node.MemoryGib);
        Assert.Equal(["b4:2e:99:ba:de:15", "b4:2e:99:ba:de:16", "b4:2e:99:ba:de:16"], node.NetworkInterfaces.Select(n => n.MacAddress));
        Assert.Equal("b4:2e:99:ba:de:17", inventory.Bmc.Mac);
        Assert.Equal("12.84.13", inventory.Bmc.FirmwareVersion);
        Assert.Equal("AMI", inventory.Bmc.Manufacturer);
    }

    [Fact]
    public void Map_Ex425_TwoNodesWithoutUuidAndFirmwareFromInventory()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("hpe-cray-ex425-nodecard"), "127.0.0.9", 443, Now);

        Assert.Equal(2, inventory.Nodes.Count);
        Assert.Equal(["/redfish/v1/Systems/Node0", "/redfish/v1/Systems/Node1"], inventory.Nodes.Select(n => n.RedfishUri));
        Assert.All(inventory.Nodes, n =>
        {
            Assert.Equal("HA19340017", n.SerialNumber);
            Assert.Equal("HPE CRAY EX425 (MILAN)", n.Model);
            Assert.Null(n.SystemUuid);
            Assert.Equal(2, n.ProcessorCount);
            Assert.Equal(256, n.MemoryGib);
            Assert.Equal("AMD EPYC 7763 64-Core Processor", n.ProcessorModel);
        });
        // HPCNet0 reports "Not Available" / "": no MAC, not an error.
        Assert.Equal([null, "00:40:a6:83:52:5f"], inventory.Nodes[0].NetworkInterfaces.Select(n => n.MacAddress));
        Assert.Equal([null, "00:40:a6:83:52:60"], inventory.Nodes[1].NetworkInterfaces.Select(n => n.MacAddress));
        Assert.NotEqual(inventory.Nodes[0].Id, inventory.Nodes[1].Id);
        Assert.Null(inventory.Bmc.Mac);
        Assert.Equal("EnclosureManager", inventory.Bmc.ManagerType);
        Assert.Equal("nc.1.6.19-5-shasta-release.arm.2022-02-25T01:38:09+00:00.d20b426", inventory.Bmc.FirmwareVersion);
    }

    [Theory]
    [InlineData("hpe-cray-ex-cmm", "cc.1.6.19-5-shasta-release.arm64.2022-02-25T01:38:53+00:00.d20b426")]
    [InlineData("hpe-cray-slingshot-switch-blade", "sc.1.7.2-118-slingshot-release.arm64.2022-04-11T09:19:12+00:00.735ee40")]
    public void Map_ControllerWithoutSystems_BmcOnly(string mockup, string firmware)
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load(mockup), "127.0.0.9", 443, Now);

        Assert.Empty(inventory.Nodes);
        Assert.Null(inventory.Bmc.Mac);
        Assert.Empty(inventory.Bmc.NetworkInterfaces);
        Assert.Equal(firmware, inventory.Bmc.FirmwareVersion);
        Assert.Equal("127.0.0.9", inventory.Bmc.Ip);
    }

    [Fact]
    public void Map_SameDocumentsTwice_SameRecords()
    {
        var documents = SharedMockups.Load("hpe-cray-ex425-nodecard");

        var first = RedfishMapper.Map(documents, "127.0.0.9", 443, Now);
        var second = RedfishMapper.Map(documents, "127.0.0.9", 443, Now);

        Assert.Equal(first.Bmc.Id, second.Bmc.Id);
        Assert.Equal(first.Nodes.Select(n => n.Id), second.Nodes.Select(n => n.Id));
        Assert.Equal(
            first.Nodes.SelectMany(n => n.NetworkInterfaces).Select(n => n.Id),
            second.Nodes.SelectMany(n => n.NetworkInterfaces).Select(n => n.Id));
    }

    [Fact]
    public void Map_NoServiceRoot_BmcKeyedOnAddress()
    {
        var inventory = RedfishMapper.Map(new RedfishDocuments(), "127.0.0.9", 8443, Now);

        Assert.Empty(inventory.Nodes);
        Assert.Equal(8443, inventory.Bmc.Port);
        Assert.NotEqual(RedfishMapper.Map(new RedfishDocuments(), "127.0.0.10", 8443, Now).Bmc.Id, inventory.Bmc.Id);
    }

    [Fact]
    public void Map_DpuSystem_OrderedAfterHosts()
    {
        var documents = new RedfishDocuments();
        documents.TryAdd("/redfish/v1/", """{"Systems":{"@odata.id":"/redfish/v1/Systems"}}""");
        documents.TryAdd("/redfish/v1/Systems", """{"Members":[{"@odata.id":"/redfish/v1/Systems/A-Dpu"},{"@odata.id":"/redfish/v1/Systems/B-Host"}]}""");
        documents.TryAdd("/redfish/v1/Systems/A-Dpu", """{"SystemType":"DPU","SerialNumber":"dpu1 "}""");
        documents.TryAdd("/redfish/v1/Systems/B-Host", """{"SystemType":"Physical","SerialNumber":"host1"}""");

        var inventory = RedfishMapper.Map(documents, "127.0.0.9", 443, Now);

        Assert.Equal(["host1", "dpu1"], inventory.Nodes.Select(n => n.SerialNumber));
    }

    [Fact]
    public void Map_NoMemorySummary_SumsDimms()
    {
        var documents = new RedfishDocuments();
        documents.TryAdd("/redfish/v1", """{"Systems":{"@odata.id":"/redfish/v1/Systems"}}""");
        documents.TryAdd("/redfish/v1/Systems", """{"Members":[{"@odata.id":"/redfish/v1/Systems/1"}]}""");
        documents.TryAdd("/redfish/v1/Systems/1", """{"Memory":{"@odata.id":"/redfish/v1/Systems/1/Memory"}}""");
        documents.TryAdd("/redfish/v1/Systems/1/Memory", """{"Members":[{"@odata.id":"/redfish/v1/Systems/1/Memory/1"},{"@odata.id":"/redfish/v1/Systems/1/Memory/2"},{"@odata.id":"/redfish/v1/Systems/1/Memory/3"}]}""");
        documents.TryAdd("/redfish/v1/Systems/1/Memory/1", """{"CapacityMiB":16384}""");
        documents.TryAdd("/redfish/v1/Systems/1/Memory/2", """{"CapacityMiB":16384}""");
        documents.TryAdd("/redfish/v1/Systems/1/Memory/3", """{"CapacityMiB":16384,"Status":{"State":"Absent"}}""");

        var node = Assert.Single(RedfishMapper.Map(documents, "127.0.0.9", 443, Now).Nodes);

        Assert.Equal(32, node.MemoryGib);
    }

    // Issue 13, item 1: a real iLO's HostName; and a UUID placeholder two BMCs may both report.
    [Fact]
    public void Map_HostNameThatIsNoHostNameAndUuidPlaceholder_KeptAsReportedNotUsedAsNameOrIdentity()
    {
        var rack = RedfishMapper.Map(OneSystem("Rack 3/Slot 9 Gen12"), "127.0.0.9", 443, Now);
        var other = RedfishMapper.Map(OneSystem("Node-7"), "127.0.0.10", 443, Now);

        var node = Assert.Single(rack.Nodes);
        Assert.Equal(("Rack 3/Slot 9 Gen12", null), (node.ReportedHostname, node.Hostname));
        Assert.Equal(("Node-7", "node-7"), (other.Nodes[0].ReportedHostname, other.Nodes[0].Hostname));
        Assert.NotEqual(node.Id, other.Nodes[0].Id);
    }

    private static RedfishDocuments OneSystem(string hostName)
    {
        var documents = new RedfishDocuments();
        documents.TryAdd("/redfish/v1", """{"Systems":{"@odata.id":"/redfish/v1/Systems"}}""");
        documents.TryAdd("/redfish/v1/Systems", """{"Members":[{"@odata.id":"/redfish/v1/Systems/1"}]}""");
        documents.TryAdd("/redfish/v1/Systems/1", $$"""{"HostName":"{{hostName}}","UUID":"Not Available"}""");
        return documents;
    }
}
