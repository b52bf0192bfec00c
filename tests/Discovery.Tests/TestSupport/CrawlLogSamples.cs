using Discovery.Records;
using Discovery.CrawlLog;

namespace Discovery.Tests.TestSupport;

/// <summary>Rows and records for crawl-log tests, shaped like what scan/collect produce from the DMTF mockups.</summary>
internal static class CrawlLogSamples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 2, 15, 0, TimeSpan.Zero);

    public static ResponseLogRow Response(int i, string? body = null) => new()
    {
        Timestamp = Start.AddMilliseconds(i),
        Bmc = $"127.0.0.{2 + (i % 50)}",
        Port = 8443,
        Method = "GET",
        Uri = $"/redfish/v1/Systems/{i}",
        Status = i % 17 == 0 ? 404 : 200,
        ElapsedMs = 12.5 + i,
        Bytes = body?.Length ?? 0,
        ETag = i % 3 == 0 ? null : $"W/\"{i}\"",
        Body = body ?? SystemBody(i),
    };

    public static string SystemBody(int i, string powerState = "On") => $$$"""
        {"@odata.type":"#ComputerSystem.v1_20_0.ComputerSystem","@odata.id":"/redfish/v1/Systems/{{{i}}}","Id":"{{{i}}}",
         "Name":"Compute node {{{i}}}","SystemType":"Physical","Manufacturer":"Contoso","Model":"3500","SerialNumber":"SN{{{i:D8}}}",
         "UUID":"38947555-7742-3448-3784-{{{i:D12}}}","PowerState":"{{{powerState}}}","BiosVersion":"P79 v1.45 (12/06/2017)",
         "ProcessorSummary":{"Count":2,"Model":"Multi-Core Intel(R) Xeon(R) processor 7xxx Series","Status":{"State":"Enabled","Health":"OK"}},
         "MemorySummary":{"TotalSystemMemoryGiB":96,"Status":{"State":"Enabled","Health":"OK"}},
         "Boot":{"BootSourceOverrideEnabled":"Once","BootSourceOverrideTarget":"Pxe","BootSourceOverrideMode":"UEFI"},
         "EthernetInterfaces":{"@odata.id":"/redfish/v1/Systems/{{{i}}}/EthernetInterfaces"},
         "Links":{"Chassis":[{"@odata.id":"/redfish/v1/Chassis/1U"}],"ManagedBy":[{"@odata.id":"/redfish/v1/Managers/BMC"}]}}
        """;

    public static ScanLogRow Scan(int i) => new()
    {
        Timestamp = Start.AddSeconds(i),
        Address = $"127.0.0.{2 + i}",
        Port = 443,
        Probe = "redfish_root",
        Status = i % 2 == 0 ? "redfish" : "closed",
        ElapsedMs = 3.25,
        RedfishVersion = i % 2 == 0 ? "1.15.0" : null,
        ServiceUuid = i % 2 == 0 ? $"92384634-2938-2342-8820-{i:D12}" : null,
        Vendor = i % 2 == 0 ? "Contoso" : null,
    };

    public static Bmc Bmc(int i, string? firmware = "1.45") => new()
    {
        Id = Guid.NewGuid(),
        Ip = $"127.0.0.{2 + i}",
        Port = 8443,
        Mac = $"52:54:00:00:00:{i:x2}",
        Manufacturer = "Contoso",
        FirmwareVersion = firmware,
        ServiceUuid = $"92384634-2938-2342-8820-{i:D12}",
        ManagerType = "BMC",
    };

    public static ComputeNode Node(int i, Bmc bmc, string? bios = "P79 v1.45") => new()
    {
        Id = Guid.NewGuid(),
        Xname = $"x3000c0s{i}b0n0",
        Manufacturer = "Contoso",
        SystemUuid = $"38947555-7742-3448-3784-{i:D12}",
        BiosVersion = bios,
        ProcessorCount = 2,
        MemoryGib = 96,
        BmcId = bmc.Id,
        BmcIp = bmc.Ip,
        Groups = ["compute", "rack1"],
        RedfishUri = "/redfish/v1/Systems/1",
    };

    public static NetworkInterface Nic(Guid owner, NetworkInterfaceOwnerKind kind, string mac, params string[] ipv4) => new()
    {
        Id = Guid.NewGuid(),
        OwnerId = owner,
        OwnerKind = kind,
        Name = "eth0",
        RedfishUri = "/redfish/v1/Systems/1/EthernetInterfaces/eth0",
        MacAddress = mac,
        Ipv4Addresses = ipv4,
        SpeedMbps = 10_000,
        Enabled = true,
    };
}
