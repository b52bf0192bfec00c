using System.Net;
using Discovery.Redfish;
using Discovery.Scanning.Probes;

namespace Discovery.Scanning.Tests;

public sealed class ScanReportBuilderTests
{
    [Fact]
    public void Build_SameServiceOnTwoPortsAndSsdp_IsOneBmc()
    {
        var builder = new ScanReportBuilder();
        builder.Add(Bmc("10.0.0.5", 443, ProbeKind.Redfish, "u-1"));
        builder.Add(Bmc("10.0.0.5", 8443, ProbeKind.Redfish, "u-1"));
        builder.Add(Bmc("10.0.0.5", 1900, ProbeKind.Ssdp, "u-1") with { Location = "https://10.0.0.5:443/redfish/v1/" });

        var report = builder.Build();

        var bmc = Assert.Single(report.Bmcs);
        Assert.Equal(443, bmc.Port);
        Assert.Equal("https://10.0.0.5:443/", bmc.BaseUri);
        Assert.Equal(["redfish", "ssdp"], bmc.FoundBy);
        Assert.Equal(3, report.ProbeCount);
    }

    [Fact]
    public void Build_SameServiceByMdnsAndConnect_IsOneBmcFoundByBoth()
    {
        var builder = new ScanReportBuilder();
        builder.Add(Bmc("10.0.0.5", 443, ProbeKind.Mdns, "u-1") with { Location = "bmc-0._redfish._tcp.local" });
        builder.Add(Bmc("10.0.0.5", 443, ProbeKind.Redfish, "u-1"));
        builder.Add(Bmc("10.0.0.6", 443, ProbeKind.Mdns, "u-2"));

        var report = builder.Build();

        Assert.Equal([("10.0.0.5", "mdns,redfish"), ("10.0.0.6", "mdns")], report.Bmcs.Select(b => (b.Address, string.Join(',', b.FoundBy))));
    }

    [Fact]
    public void Build_NoUuid_KeysOnPortAndSortsNumerically()
    {
        var builder = new ScanReportBuilder();
        builder.Add(Bmc("10.0.0.10", 443, ProbeKind.Redfish, null));
        builder.Add(Bmc("10.0.0.9", 443, ProbeKind.Redfish, null));
        builder.Add(Bmc("10.0.0.9", 8443, ProbeKind.Redfish, null));

        var report = builder.Build();

        Assert.Equal(["10.0.0.9:443", "10.0.0.9:8443", "10.0.0.10:443"], report.Bmcs.Select(b => $"{b.Address}:{b.Port}"));
    }

    [Fact]
    public void Build_IpmiAnswers_MarkBmcsAndListTheRest()
    {
        var builder = new ScanReportBuilder();
        builder.Add(Bmc("10.0.0.5", 443, ProbeKind.Redfish, "u-1"));
        builder.Add(Probe("10.0.0.5", 623, ProbeKind.Ipmi, ProbeOutcome.Answered));
        builder.Add(Probe("10.0.0.6", 623, ProbeKind.Ipmi, ProbeOutcome.Answered));
        builder.Add(Probe("10.0.0.6", 443, ProbeKind.Redfish, ProbeOutcome.Closed));
        builder.Add(Probe("10.0.0.7", 623, ProbeKind.Ipmi, ProbeOutcome.Timeout));

        var report = builder.Build();

        Assert.True(Assert.Single(report.Bmcs).AnswersIpmi);
        Assert.Equal(["10.0.0.6"], report.IpmiOnly);
        Assert.Equal(3, report.Outcomes["Answered"] + report.Outcomes["Bmc"]);
        Assert.Equal(1, report.Outcomes["Closed"]);
    }

    private static ProbeResult Probe(string address, int port, ProbeKind kind, ProbeOutcome outcome) => new()
    {
        Address = IPAddress.Parse(address),
        Port = port,
        Kind = kind,
        Outcome = outcome,
    };

    private static ProbeResult Bmc(string address, int port, ProbeKind kind, string? uuid) =>
        Probe(address, port, kind, ProbeOutcome.Bmc) with
        {
            Scheme = "https",
            ServiceRoot = new ServiceRoot { Uuid = uuid, RedfishVersion = "1.6.0", Vendor = "HPE" },
        };
}
