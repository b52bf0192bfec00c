using System.Net;
using System.Text.Json;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests;

public sealed class MockIdentityTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rewrite_TwoInstancesOfOneMockup_DifferInUuidsSerialsAndMacs()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", count: 2, cancellationToken: Token);

        var first = await ReadIdentityAsync(fleet.Instances[0]);
        var second = await ReadIdentityAsync(fleet.Instances[1]);

        Assert.NotEqual(first.RootUuid, second.RootUuid);
        Assert.NotEqual(first.SystemUuid, second.SystemUuid);
        Assert.NotEqual(first.Serial, second.Serial);
        Assert.NotEqual(first.HostMac, second.HostMac);
        Assert.NotEqual(first.ManagerMac, second.ManagerMac);
        Assert.NotEqual("MIN0000001", first.Serial);
        Assert.NotEqual("52:54:00:10:00:01", first.HostMac);
        Assert.Matches("^[A-Z]{3}[0-9]{7}$", first.Serial);
        Assert.Equal("127.0.0.2", first.ManagerIpv4);
        Assert.Equal("127.0.0.3", second.ManagerIpv4);
    }

    [Fact]
    public async Task Rewrite_OneInstance_IsConsistentWithItselfAndWithItsProperties()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance);

        var identity = await ReadIdentityAsync(instance);
        using var nic = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems/1/EthernetInterfaces/1", Token));

        Assert.Equal(identity.HostMac, nic.RootElement.GetProperty("PermanentMACAddress").GetString());
        Assert.Equal(instance.ServiceUuid, identity.RootUuid);
        Assert.Equal(instance.ManagerMac, identity.ManagerMac.ToLowerInvariant());
        Assert.Equal(identity.HostMac, instance.Identity.MapMac("52:54:00:10:00:01"));
        Assert.Equal(identity.SystemUuid, instance.Identity.MapUuid("6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a02"));
        Assert.Equal(identity.Serial, instance.Identity.MapSerial("MIN0000001"));
        Assert.Equal("unknown", instance.Identity.MapSerial("unknown"));
    }

    [Fact]
    public async Task Rewrite_MacSpelling_KeepsSeparatorAndLetterCase()
    {
        await using var fleet = await MockFleets.StartProjectAsync("nics-under-managers", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance);

        var upper = await ReadStringAsync(client, "/redfish/v1/Managers/Self/EthernetInterfaces/eth0", "MACAddress");
        var lower = await ReadStringAsync(client, "/redfish/v1/Managers/Self/EthernetInterfaces/eth1", "MACAddress");

        Assert.Matches("^([0-9A-F]{2}-){5}[0-9A-F]{2}$", upper);
        Assert.Matches("^([0-9a-f]{2}-){5}[0-9a-f]{2}$", lower);
        Assert.Equal(upper.Replace('-', ':').ToLowerInvariant(), instance.ManagerMac);
        Assert.NotEqual("B0-41-6F-00-00-02", upper);
    }

    [Fact]
    public async Task Rewrite_SameSeedAndIndex_IsReproducible_OtherSeedDiffers()
    {
        var directory = MockupPaths.Project("minimal");
        await using var a = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory], Seed = 7 }, Token);
        await using var b = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory], Seed = 7, FirstAddress = IPAddress.Parse("127.0.1.2") }, Token);
        await using var c = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory], Seed = 8, FirstAddress = IPAddress.Parse("127.0.2.2") }, Token);

        Assert.Equal(a.Instances[0].ServiceUuid, b.Instances[0].ServiceUuid);
        Assert.Equal(a.Instances[0].Identity.MapSerial("MIN0000001"), b.Instances[0].Identity.MapSerial("MIN0000001"));
        Assert.NotEqual(a.Instances[0].ServiceUuid, c.Instances[0].ServiceUuid);
        Assert.NotEqual(a.Instances[0].ManagerMac, c.Instances[0].ManagerMac);
    }

    [Fact]
    public async Task Rewrite_Mac_FollowsDocumentedSchemeSeedIndexOrdinalInUriOrder()
    {
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Count = 2, Seed = 5, FirstAddress = IPAddress.Parse("127.0.13.2") },
            Token);

        // DA:seed:index(2 bytes):ordinal(2 bytes); the Managers/1 NIC comes first in ordinal URI order, Systems/1 NIC second.
        Assert.Equal("da:05:00:01:00:00", fleet.Instances[1].ManagerMac);
        Assert.Equal("DA:05:00:01:00:00", fleet.Instances[1].Identity.MapMac("52:54:00:A0:00:01"));
        Assert.Equal("da:05:00:01:00:01", fleet.Instances[1].Identity.MapMac("52:54:00:10:00:01").ToLowerInvariant());
    }

    [Fact]
    public async Task Original_ServesMockupValuesButListenAddressAsManagerIpv4()
    {
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Identity = MockIdentityMode.Original, FirstAddress = IPAddress.Parse("127.0.0.9") },
            Token);

        var identity = await ReadIdentityAsync(fleet.Instances[0]);

        Assert.Equal("6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01", identity.RootUuid);
        Assert.Equal("MIN0000001", identity.Serial);
        Assert.Equal("52:54:00:10:00:01", identity.HostMac);
        Assert.Equal("52:54:00:a0:00:01", fleet.Instances[0].ManagerMac);
        Assert.Equal("127.0.0.9", identity.ManagerIpv4);
    }

    [Fact]
    public async Task Rewrite_DmtfDuplicatedMac_MapsToOneValueEverywhere()
    {
        await using var fleet = await MockFleets.StartSharedAsync("dmtf-public-rackmount1", cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance);
        using var collection = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems/437XR1138R2/EthernetInterfaces", Token));
        var macs = new List<string>();
        foreach (var member in collection.RootElement.GetProperty("Members").EnumerateArray())
        {
            macs.Add(await ReadStringAsync(client, member.GetProperty("@odata.id").GetString()!, "MACAddress"));
        }

        var served = instance.Identity.MapMac("12:44:6A:3B:04:11");

        Assert.NotEqual("12:44:6A:3B:04:11", served);
        Assert.Equal(2, macs.Count(m => m == served));
        Assert.DoesNotContain("12:44:6A:3B:04:11", macs);
    }

    [Theory]
    [InlineData("hpe-proliant-dl325-gen10plus-ilo5", "/redfish/v1/Managers/1/EthernetInterfaces/1", "ILOMXQ019020B", "MXQ019020B")]
    [InlineData("gigabyte-h262-z63-ami", "/redfish/v1/Managers/Self/EthernetInterfaces/bond0", "AMIB42E99BADE17", "B4:2E:99:BA:DE:17")]
    public async Task Rewrite_HostNameEmbeddingSerialOrMac_FollowsTheRewrittenValue(string mockup, string nic, string originalHostName, string embedded)
    {
        await using var fleet = await MockFleets.StartSharedAsync(mockup, cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance);

        var hostName = await ReadStringAsync(client, nic, "HostName");
        var fqdn = await ReadStringAsync(client, nic, "FQDN");

        var servedPart = embedded.Contains(':', StringComparison.Ordinal)
            ? instance.Identity.MapMac(embedded).Replace(":", string.Empty, StringComparison.Ordinal)
            : instance.Identity.MapSerial(embedded);
        Assert.NotEqual(originalHostName, hostName);
        Assert.Equal(originalHostName.Replace(embedded.Replace(":", string.Empty, StringComparison.Ordinal), servedPart, StringComparison.Ordinal), hostName);
        Assert.Equal(hostName + ".hmn", fqdn);
    }

    private static async Task<string> ReadStringAsync(HttpClient client, string path, string property)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(path, Token));
        return document.RootElement.GetProperty(property).GetString()!;
    }

    private static async Task<(string RootUuid, string SystemUuid, string Serial, string HostMac, string ManagerMac, string ManagerIpv4)> ReadIdentityAsync(MockBmcInstance instance)
    {
        using var client = MockFleets.CreateClient(instance);
        using var root = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1", Token));
        using var system = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems/1", Token));
        using var hostNic = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Systems/1/EthernetInterfaces/1", Token));
        using var bmcNic = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Managers/1/EthernetInterfaces/1", Token));
        return (
            root.RootElement.GetProperty("UUID").GetString()!,
            system.RootElement.GetProperty("UUID").GetString()!,
            system.RootElement.GetProperty("SerialNumber").GetString()!,
            hostNic.RootElement.GetProperty("MACAddress").GetString()!,
            bmcNic.RootElement.GetProperty("MACAddress").GetString()!,
            bmcNic.RootElement.GetProperty("IPv4Addresses")[0].GetProperty("Address").GetString()!);
    }
}
