using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.Records.Xnames;
using Discovery.Testing;
using Discovery.Testing.Mockups;
using Discovery.Testing.Smd;

namespace Discovery.IntegrationTests.Smd;

/// <summary>
/// Issue 17: <c>collect --smd</c> puts the nodes' parts in SMD's hardware inventory (HWInventoryByLocation, bodies
/// checked by the double against the spec), and a second identical push reads them back and writes nothing.
/// </summary>
public sealed class CollectSmdHardwareTests
{
    private const string Password = "Smd-Parts-Pass-3";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CollectSmd_TwoMockups_PutsEveryPartWithItsFruDataThenWritesNothingTheSecondTime()
    {
        using var temp = new TempDirectory();
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [MockupPaths.Shared("dmtf-public-rackmount1"), MockupPaths.Shared("hpe-proliant-dl325-gen10plus-ilo5")],
                Count = 2,
                Password = Password,
                // The mockups' own serials, so that the expectations below are the mockups' JSON.
                Identity = MockIdentityMode.Original,
            },
            Token);
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        var dmtf = NodeOf(fleet.Instances.Single(i => i.MockupName == "dmtf-public-rackmount1"));
        var hpe = NodeOf(fleet.Instances.Single(i => i.MockupName == "hpe-proliant-dl325-gen10plus-ilo5"));

        var first = await CollectAsync(temp, fleet, smd);

        Assert.True(first.Exit == ExitCodes.Ok, first.Error);
        Assert.DoesNotContain(smd.Requests, r => r.Path.Contains("Inventory/Hardware", StringComparison.Ordinal) && r.Status >= 400);
        var hardware = smd.Hardware;
        // dmtf-public-rackmount1: CPU1, DIMM1-3, GPU1 (GraphicsControllers) and FPGA1, SATA bays 1-2; DL325: Proc 1 and 4 DIMMs.
        string[] expected = [.. new[] { "p0", "d0", "d1", "d2", "a0", "a1", "g0k0", "g0k1" }.Select(s => dmtf + s), .. new[] { "p0", "d0", "d1", "d2", "d3" }.Select(s => hpe + s)];
        Assert.Equal(expected.Order(StringComparer.Ordinal), hardware.Keys.Order(StringComparer.Ordinal));

        var cpu = hardware[dmtf + "p0"];
        Assert.Equal(("Processor", "HWInvByLocProcessor", "CPU 1", "CPU1"), (Text(cpu, "Type"), Text(cpu, "HWInventoryByLocationType"), Text(cpu, "ProcessorLocationInfo", "Socket"), Text(cpu, "ProcessorLocationInfo", "Id")));
        var cpuFru = cpu.GetProperty("PopulatedFRU");
        Assert.Equal(("HWInvByFRUProcessor", "FRUIDfor" + dmtf + "p0"), (Text(cpuFru, "HWInventoryByFRUType"), Text(cpuFru, "FRUID")));
        var cpuInfo = cpuFru.GetProperty("ProcessorFRUInfo");
        Assert.Equal(("Intel(R) Corporation", "Multi-Core Intel(R) Xeon(R) processor 7xxx Series", "x86-64", "CPU"), (Text(cpuInfo, "Manufacturer"), Text(cpuInfo, "Model"), Text(cpuInfo, "InstructionSet"), Text(cpuInfo, "ProcessorType")));
        Assert.Equal((8, 16, 3700), (cpuInfo.GetProperty("TotalCores").GetInt32(), cpuInfo.GetProperty("TotalThreads").GetInt32(), cpuInfo.GetProperty("MaxSpeedMHz").GetInt32()));

        Assert.Equal(["DIMM 1", "DIMM 2", "DIMM 3"], new[] { "d0", "d1", "d2" }.Select(d => Text(hardware[dmtf + d], "MemoryLocationInfo", "Name")));
        Assert.All(new[] { "d0", "d1", "d2" }, d => Assert.Equal(
            (32768, "DDR4"),
            (hardware[dmtf + d].GetProperty("PopulatedFRU").GetProperty("MemoryFRUInfo").GetProperty("CapacityMiB").GetInt32(), Text(hardware[dmtf + d].GetProperty("PopulatedFRU"), "MemoryFRUInfo", "MemoryDeviceType"))));

        var gpu = hardware[dmtf + "a0"].GetProperty("PopulatedFRU");
        Assert.Equal(("NodeAccel", "HWInvByFRUNodeAccel", "NodeAccel.Contoso.G37891.2M220100SL"), (Text(gpu, "Type"), Text(gpu, "HWInventoryByFRUType"), Text(gpu, "FRUID")));
        Assert.Equal(("Contoso", "GPU1", "GPU"), (Text(gpu, "NodeAccelFRUInfo", "Manufacturer"), Text(gpu, "NodeAccelFRUInfo", "Model"), Text(gpu, "NodeAccelFRUInfo", "ProcessorType")));
        Assert.Equal(("Stratix 10", "FPGA"), (Text(hardware[dmtf + "a1"].GetProperty("PopulatedFRU"), "NodeAccelFRUInfo", "Model"), Text(hardware[dmtf + "a1"].GetProperty("PopulatedFRU"), "NodeAccelFRUInfo", "ProcessorType")));
        Assert.Equal(
            [(8000000000000L, "3000GT8", "SATA Bay 1"), (4000000000000L, "3000GT7", "SATA Bay 2")],
            new[] { "g0k0", "g0k1" }.Select(k => hardware[dmtf + k]).Select(d => (
                d.GetProperty("PopulatedFRU").GetProperty("DriveFRUInfo").GetProperty("CapacityBytes").GetInt64(),
                Text(d.GetProperty("PopulatedFRU"), "DriveFRUInfo", "Model"),
                Text(d, "DriveLocationInfo", "Name"))));

        // DL325: Memory/proc1dimm1, 3, 14, 16 in natural URI order, each with its serial in the FRU id and the FRU info.
        string[] serials = ["438AD388", "438AD387", "438AD2AF", "438AED08"];
        var dimms = new[] { "d0", "d1", "d2", "d3" }.Select(d => hardware[hpe + d].GetProperty("PopulatedFRU")).ToList();
        Assert.Equal(serials, dimms.Select(d => Text(d, "MemoryFRUInfo", "SerialNumber")));
        Assert.Equal(serials.Select(s => "Memory.Hynix.HMA82GR7CJR4N-XN." + s), dimms.Select(d => Text(d, "FRUID")));
        Assert.All(dimms, d => Assert.Equal(
            ("Hynix", "HMA82GR7CJR4N-XN", 16384, 3200),
            (Text(d, "MemoryFRUInfo", "Manufacturer"), Text(d, "MemoryFRUInfo", "PartNumber"), d.GetProperty("MemoryFRUInfo").GetProperty("CapacityMiB").GetInt32(), d.GetProperty("MemoryFRUInfo").GetProperty("OperatingSpeedMhz").GetInt32())));
        Assert.Equal("AMD EPYC 7302P 16-Core Processor", Text(hardware[hpe + "p0"].GetProperty("PopulatedFRU"), "ProcessorFRUInfo", "Model"));

        smd.ClearRequests();
        var second = await CollectAsync(temp, fleet, smd);

        Assert.True(second.Exit == ExitCodes.Ok, second.Error);
        Assert.Contains("smd: 2 BMCs: 0 created, 0 updated, 2 unchanged, 0 failed", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, smd.Writes);
        Assert.Equal(2, smd.Requests.Count(r => r.Method == "GET" && r.Path.StartsWith("/hsm/v2/Inventory/Hardware?", StringComparison.Ordinal)));
        Assert.Equal(13, smd.Hardware.Count);
    }

    private static string NodeOf(MockBmcInstance instance) => Xname.NodeBmc(1000, 0, instance.Address.GetAddressBytes()[3], 0) + "n0";

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            element = element.GetProperty(name);
        }

        return element.GetString();
    }

    private static async Task<(int Exit, string Output, string Error)> CollectAsync(TempDirectory temp, MockFleet fleet, SmdDouble smd)
    {
        await File.WriteAllTextAsync(temp.File("password"), Password + "\n", Token);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "-o", "json", "--state-dir", temp.Path, "--log-dir", temp.File("logs"),
             "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store", "--data-dir", temp.File("store"), "--smd", smd.BaseUri.ToString()],
            output,
            error,
            Token);
        return (exit, output.ToString(), error.ToString());
    }
}
