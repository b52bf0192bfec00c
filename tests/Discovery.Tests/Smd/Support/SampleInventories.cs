using System.Globalization;
using Discovery.Records;
using Discovery.Redfish.Mapping;

namespace Discovery.Smd.Tests.Support;

/// <summary>Hand-made BMC records: a BMC at 10.0.0.{i} (xname x3000c0s{i}b0) with two nodes.</summary>
internal static class SampleInventories
{
    public static MappedInventory Bmc(int i, string firmware = "1.45", int nodes = 2)
    {
        var bmcId = Guid.NewGuid();
        var mac = string.Create(CultureInfo.InvariantCulture, $"02:00:00:00:{i / 256:x2}:{i % 256:x2}");
        var bmc = new Bmc
        {
            Id = bmcId,
            Xname = string.Create(CultureInfo.InvariantCulture, $"x3000c0s{i}b0"),
            Ip = string.Create(CultureInfo.InvariantCulture, $"10.0.0.{i}"),
            Port = 443,
            Mac = mac,
            Manufacturer = "Contoso",
            Model = "BMC 9000",
            FirmwareVersion = firmware,
            ManagerType = "BMC",
            ServiceUuid = "92384634-2938-2342-8820-489239905423",
            NetworkInterfaces =
            [
                Nic(bmcId, "/redfish/v1/Managers/BMC/EthernetInterfaces/eth0", mac, string.Create(CultureInfo.InvariantCulture, $"10.0.0.{i}")),
                Nic(bmcId, "/redfish/v1/Managers/BMC/EthernetInterfaces/ToHost", "0a:ca:fe:f0:0d:04", "16.1.15.1"),
            ],
        };
        return new MappedInventory { Bmc = bmc, Nodes = [.. Enumerable.Range(0, nodes).Select(n => Node(bmc, i, n))] };
    }

    public static ComputeNode Node(Bmc bmc, int i, int n)
    {
        var id = Guid.NewGuid();
        return new ComputeNode
        {
            Id = id,
            Xname = $"{bmc.Xname}n{n}",
            Manufacturer = "Contoso",
            Model = "3500",
            SerialNumber = string.Create(CultureInfo.InvariantCulture, $"SN{i:D4}{n}"),
            SystemUuid = string.Create(CultureInfo.InvariantCulture, $"38947555-7742-3448-3784-{i:D8}{n:D4}"),
            PowerState = "On",
            ProcessorCount = 2,
            ProcessorModel = "Xeon",
            MemoryGib = 96,
            BiosVersion = "P79",
            BmcId = bmc.Id,
            RedfishUri = string.Create(CultureInfo.InvariantCulture, $"/redfish/v1/Systems/{n}"),
            NetworkInterfaces =
            [
                // Host NICs as most BMCs report them: a MAC, no address.
                Nic(id, $"/redfish/v1/Systems/{n}/EthernetInterfaces/1", string.Create(CultureInfo.InvariantCulture, $"02:10:00:{i:x2}:{n:x2}:01"), null),
                Nic(id, $"/redfish/v1/Systems/{n}/EthernetInterfaces/2", string.Create(CultureInfo.InvariantCulture, $"02:10:00:{i:x2}:{n:x2}:02"), string.Create(CultureInfo.InvariantCulture, $"10.1.{i}.{n + 10}")),
            ],
        };
    }

    public static NetworkInterface Nic(Guid owner, string uri, string? mac, string? ip) => new()
    {
        Id = Guid.NewGuid(),
        OwnerId = owner,
        Name = uri[(uri.LastIndexOf('/') + 1)..],
        RedfishUri = uri,
        MacAddress = mac,
        Ipv4Addresses = ip is null ? [] : [ip],
    };
}
