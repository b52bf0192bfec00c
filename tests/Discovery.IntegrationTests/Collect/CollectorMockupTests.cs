using Discovery.Records.Xnames;
using Discovery.MockBmc;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Collect;

/// <summary>
/// Collects every shared mockup through mock-bmc (original identities) and checks the records against values
/// read by hand from each mockup's JSON. mock-bmc moves the manager's IPv4 to the listen address, so the BMC's
/// MAC is that of the manager NIC carrying the mockup's real address (noted per case).
/// </summary>
public sealed class CollectorMockupTests
{
    private static readonly RedfishClientOptions Options = new() { RequestTimeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task CollectAsync_EverySharedMockup_RecordsMatchTheJson()
    {
        var ct = TestContext.Current.CancellationToken;
        string[] names =
        [
            "dmtf-public-rackmount1", "hpe-proliant-dl325-gen10plus-ilo5", "intel-s2600bpb", "gigabyte-h262-z63-ami",
            "hpe-cray-ex425-nodecard", "hpe-cray-ex-cmm", "hpe-cray-slingshot-switch-blade",
        ];
        var directories = names.Select(MockupPaths.Shared).ToList();
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = directories, Count = names.Length, Identity = MockIdentityMode.Original }, ct);
        var collector = new Collector(new FixedCredentialProvider(), new XnameAssigner(IdMap.Empty), Options);

        var run = await collector.CollectAsync(
            new CollectRequest { Targets = [.. fleet.Instances.Select(i => new BmcTarget { BaseUri = i.BaseUri })] }, null, ct);

        var byMockup = fleet.Instances.Select((instance, i) => (instance.MockupName, Result: run.Results[i]))
            .ToDictionary(x => x.MockupName, x => x.Result);
        Assert.All(run.Results, r => Assert.True(r.Status == BmcCollectStatus.Ok, $"{r.Target.Endpoint}: {r.Status} {r.Message} {string.Join(", ", r.FailedUris)}"));

        // dmtf: Systems/437XR1138R2; Managers/BMC/EthernetInterfaces/eth0 23:11:8A:33:CF:EA, FirmwareVersion 1.45.455b66-rev4.
        var dmtf = Assert.Single(byMockup["dmtf-public-rackmount1"].Nodes);
        Assert.Equal(("437XR1138R2", "3500", "38947555-7742-3448-3784-823347823834", 2, 96.0),
            (dmtf.SerialNumber, dmtf.Model, dmtf.SystemUuid, dmtf.ProcessorCount, dmtf.MemoryGib));
        Assert.Equal(["12:44:6a:3b:04:11", "aa:bb:cc:dd:ee:00", "aa:bb:cc:dd:ee:fe", "12:44:6a:3b:04:11"], dmtf.NetworkInterfaces.Select(n => n.MacAddress));
        Assert.Equal(("23:11:8a:33:cf:ea", "1.45.455b66-rev4"), (byMockup["dmtf-public-rackmount1"].Bmc!.Mac, byMockup["dmtf-public-rackmount1"].Bmc!.FirmwareVersion));

        // DL325: Systems/1, four lower-case host MACs; Managers/1/EthernetInterfaces/1 94:40:C9:37:D3:FC, "iLO 5 v2.46".
        var dl325 = Assert.Single(byMockup["hpe-proliant-dl325-gen10plus-ilo5"].Nodes);
        Assert.Equal(("MXQ019020B", "ProLiant DL325 Gen10 Plus", "36383150-3630-584d-5130-313930323042", 1, 64.0),
            (dl325.SerialNumber, dl325.Model, dl325.SystemUuid, dl325.ProcessorCount, dl325.MemoryGib));
        Assert.Equal(["94:40:c9:5c:86:bc", "94:40:c9:5c:86:bd", "14:02:ec:d9:3a:a0", "14:02:ec:d9:3a:a1"], dl325.NetworkInterfaces.Select(n => n.MacAddress));
        Assert.Equal(("94:40:c9:37:d3:fc", "iLO 5 v2.46"), (byMockup["hpe-proliant-dl325-gen10plus-ilo5"].Bmc!.Mac, byMockup["hpe-proliant-dl325-gen10plus-ilo5"].Bmc!.FirmwareVersion));

        // Intel: Systems/QSBP74100021 with an empty EthernetInterfaces; Managers/BMC/EthernetInterfaces/3 a4-bf-01-28-90-ac.
        var intel = Assert.Single(byMockup["intel-s2600bpb"].Nodes);
        Assert.Equal(("QSBP74100021", "S2600BPB", "3504bf7d-ae5b-11e7-ab21-a4bf012890a8", 2, 48.0),
            (intel.SerialNumber, intel.Model, intel.SystemUuid, intel.ProcessorCount, intel.MemoryGib));
        Assert.Empty(intel.NetworkInterfaces);
        Assert.Equal(("a4:bf:01:28:90:ac", "1.93.870cf4f0"), (byMockup["intel-s2600bpb"].Bmc!.Mac, byMockup["intel-s2600bpb"].Bmc!.FirmwareVersion));

        // Gigabyte: Systems/Self, NICs 1,2,3 (2 and 3 share a MAC); Managers/Self/EthernetInterfaces/bond0 B4:2E:99:BA:DE:17.
        var gigabyte = Assert.Single(byMockup["gigabyte-h262-z63-ami"].Nodes);
        Assert.Equal(("GJG9NF512A000302", "H262-Z63-00", "e9184000-7983-11ec-8000-b42e99bade15", 2, 244.0),
            (gigabyte.SerialNumber, gigabyte.Model, gigabyte.SystemUuid, gigabyte.ProcessorCount, gigabyte.MemoryGib));
        Assert.Equal(["b4:2e:99:ba:de:15", "b4:2e:99:ba:de:16", "b4:2e:99:ba:de:16"], gigabyte.NetworkInterfaces.Select(n => n.MacAddress));
        Assert.Equal(("b4:2e:99:ba:de:17", "12.84.13"), (byMockup["gigabyte-h262-z63-ami"].Bmc!.Mac, byMockup["gigabyte-h262-z63-ami"].Bmc!.FirmwareVersion));

        // EX425: Node0 and Node1, no UUID, serial HA19340017 on both; ManagementEthernet 00:40:a6:83:52:5f / :60;
        // no manager NIC at all; BMC firmware from UpdateService/FirmwareInventory/BMC.
        var ex425 = byMockup["hpe-cray-ex425-nodecard"];
        Assert.Equal(2, ex425.Nodes.Count);
        Assert.All(ex425.Nodes, n => Assert.Equal(("HA19340017", "HPE CRAY EX425 (MILAN)", (string?)null, 2, 256.0),
            (n.SerialNumber, n.Model, n.SystemUuid, n.ProcessorCount, n.MemoryGib)));
        Assert.Equal(["00:40:a6:83:52:5f"], ex425.Nodes[0].NetworkInterfaces.Select(n => n.MacAddress).OfType<string>());
        Assert.Equal(["00:40:a6:83:52:60"], ex425.Nodes[1].NetworkInterfaces.Select(n => n.MacAddress).OfType<string>());
        Assert.Null(ex425.Bmc!.Mac);
        Assert.Equal("nc.1.6.19-5-shasta-release.arm.2022-02-25T01:38:09+00:00.d20b426", ex425.Bmc.FirmwareVersion);
        Assert.Equal([ex425.Bmc.Xname + "n0", ex425.Bmc.Xname + "n1"], ex425.Nodes.Select(n => n.Xname));

        // CMM and Slingshot blade: no Systems, no manager NICs; firmware from FirmwareInventory/BMC.
        Assert.Empty(byMockup["hpe-cray-ex-cmm"].Nodes);
        Assert.Equal("cc.1.6.19-5-shasta-release.arm64.2022-02-25T01:38:53+00:00.d20b426", byMockup["hpe-cray-ex-cmm"].Bmc!.FirmwareVersion);
        Assert.Empty(byMockup["hpe-cray-slingshot-switch-blade"].Nodes);
        Assert.Equal("sc.1.7.2-118-slingshot-release.arm64.2022-04-11T09:19:12+00:00.735ee40", byMockup["hpe-cray-slingshot-switch-blade"].Bmc!.FirmwareVersion);

        // One login per BMC, and no session left behind.
        Assert.All(fleet.Instances, i => Assert.Equal((1L, 1L, 0), (i.Counters.Logins, i.Counters.SessionsDeleted, i.Counters.OpenSessions)));
        Assert.All(run.Results, r => Assert.Equal(r.Target.Host, r.Bmc!.Ip));
    }

    [Fact]
    public async Task CollectAsync_FullProfileOnEverySharedMockup_TerminatesWithoutFailures()
    {
        var ct = TestContext.Current.CancellationToken;
        var directories = MockupPaths.SharedNames().Select(MockupPaths.Shared).ToList();
        Assert.SkipWhen(directories.Count == 0, "shared mockups not found");
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = directories, Count = directories.Count, Identity = MockIdentityMode.Original }, ct);
        var collector = new Collector(new FixedCredentialProvider(), new XnameAssigner(IdMap.Empty), Options);

        var run = await collector.CollectAsync(
            new CollectRequest { Targets = [.. fleet.Instances.Select(i => new BmcTarget { BaseUri = i.BaseUri })], Profile = Redfish.Crawling.CrawlProfile.Full },
            null,
            ct);

        Assert.All(run.Results, r => Assert.True(r.Status == BmcCollectStatus.Ok, $"{r.Target.Endpoint}: {r.Status} {r.Message} {string.Join(", ", r.FailedUris)}"));
        // Every GET went to a distinct resource: the visited set held across case, slashes and fragments.
        Assert.All(run.Results, r =>
        {
            var gets = r.Exchanges.Where(e => e.Method == "GET" && e.Attempt == 1).Select(e => e.Uri.ToLowerInvariant()).ToList();
            Assert.Equal(gets.Count, gets.Distinct().Count());
            Assert.DoesNotContain(gets, g => g.Contains("jsonschemas", StringComparison.Ordinal) || g.Contains("/registries", StringComparison.Ordinal));
        });
        // The full walk reads far more than the inventory walk of the same tree.
        Assert.All(run.Results, r => Assert.True(r.DocumentCount > 50, $"{r.Target.Endpoint}: {r.DocumentCount} documents"));
        Assert.All(fleet.Instances, i => Assert.Equal((1L, 0), (i.Counters.Logins, i.Counters.OpenSessions)));
    }
}
