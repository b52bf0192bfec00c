using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Redfish.Tests;

namespace Discovery.Redfish.Mapping.Tests;

/// <summary>
/// Issue 17: the parts of every shared mockup. Every expected count and value below was read by hand from the
/// mockup's JSON files (paths in the comments), not produced by the mapper. Skips when ../shared is absent.
/// </summary>
public sealed class PartsMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Map_DmtfRackmount_CpuFpgaGpuDimmsSimpleStorageAndEmptySlots()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("dmtf-public-rackmount1"), "192.168.0.10", 443, Now);
        var node = Assert.Single(inventory.Nodes);

        // Processors/CPU1 (CPU2 is Absent: an empty socket, not a part).
        var cpu = Assert.Single(node.Processors);
        Assert.Equal(("CPU 1", "Intel(R) Corporation", "Multi-Core Intel(R) Xeon(R) processor 7xxx Series"), (cpu.Location, cpu.Manufacturer, cpu.Model));
        Assert.Equal((8, 16, 3700, "x86-64"), (cpu.Cores, cpu.Threads, cpu.MaxSpeedMhz, cpu.InstructionSet));
        Assert.Equal(("Enabled", "OK"), (cpu.Status.State, cpu.Status.Health));
        Assert.Equal("/redfish/v1/Systems/437XR1138R2/Processors/CPU1", cpu.RedfishUri);
        Assert.Equal(node.Id, cpu.OwnerId);
        Assert.Equal("processor", cpu.Kind);

        // Memory/DIMM1-3 present (32768 MiB DDR4, no serial in this synthetic mockup), DIMM4 Absent.
        Assert.Equal(["DIMM 1", "DIMM 2", "DIMM 3"], node.Memory.Select(d => d.Location));
        Assert.All(node.Memory, d => Assert.Equal((32768L, "DDR4", (string?)null), (d.CapacityMib!.Value, d.MemoryType!, d.SerialNumber)));

        // Processors/FPGA1 (type FPGA: 512 MiB HBM2, version under FPGA.FirmwareVersion), then GraphicsControllers/GPU1.
        Assert.Equal(2, node.Accelerators.Count);
        var fpga = node.Accelerators[0];
        Assert.Equal(("U168", "FPGA", "Stratix 10", 512L, "Blue v.1.00.86"), (fpga.Location, fpga.AcceleratorType, fpga.Model, fpga.MemoryMib!.Value, fpga.FirmwareVersion));
        var gpu = node.Accelerators[1];
        Assert.Equal(("Slot 1", "GPU", "Contoso", "GPU1", "2M220100SL", "G37891", "90.02.17.00.7D"),
            (gpu.Location, gpu.AcceleratorType, gpu.Manufacturer, gpu.Model, gpu.SerialNumber, gpu.PartNumber, gpu.FirmwareVersion));

        // No Storage: SimpleStorage/1 Devices, bays 1 and 2 present, 3 and 4 Absent.
        Assert.Equal(["SATA Bay 1", "SATA Bay 2"], node.Drives.Select(d => d.Location));
        Assert.Equal([8000000000000L, 4000000000000L], node.Drives.Select(d => d.CapacityBytes!.Value));
        Assert.Equal(["3000GT8", "3000GT7"], node.Drives.Select(d => d.Model));
        Assert.Equal("Warning", node.Drives[1].Status.Health);
        Assert.Equal("/redfish/v1/Systems/437XR1138R2/SimpleStorage/1#/Devices/1", node.Drives[1].RedfishUri);
        Assert.Empty(node.PcieDevices);

        Assert.Equal(
            [("processor", "CPU 2"), ("memory", "DIMM 4"), ("drive", "SATA Bay 3"), ("drive", "SATA Bay 4")],
            node.EmptySlots.Select(s => (s.Kind, s.Location)));

        // FirmwareInventory Members: BMC (RelatedItem Managers/BMC), SS (SimpleStorage/1), BIOS (the system).
        Assert.Equal([("Contoso BIOS Firmware", "P79 v1.45"), ("Contoso Simple Storage Firmware", "2.50")], node.Firmware.Select(f => (f.Name!, f.FirmwareVersion!)));
        Assert.Equal("/redfish/v1/Systems/437XR1138R2/SimpleStorage/1", node.Firmware[1].RelatedItem);
        var bmcFirmware = Assert.Single(inventory.Bmc.Firmware);
        Assert.Equal(("Contoso BMC Firmware", "1.45.455b66-rev4", true, "bmc", inventory.Bmc.Id),
            (bmcFirmware.Name, bmcFirmware.FirmwareVersion, bmcFirmware.Updateable, bmcFirmware.OwnerKind, bmcFirmware.OwnerId));
    }

    [Fact]
    public void Map_HpeDl325_OneCpuFourDimmsTwelveEmptySlotsThreePcieDevices()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("hpe-proliant-dl325-gen10plus-ilo5"), "10.254.1.15", 443, Now);
        var node = Assert.Single(inventory.Nodes);

        // Processors/1: SerialNumber and PartNumber are "" (no value), Model padded with spaces.
        var cpu = Assert.Single(node.Processors);
        Assert.Equal(("Proc 1", "AMD EPYC 7302P 16-Core Processor", 16, 32, 4100), (cpu.Location, cpu.Model, cpu.Cores!.Value, cpu.Threads!.Value, cpu.MaxSpeedMhz!.Value));
        Assert.Null(cpu.SerialNumber);
        Assert.Null(cpu.PartNumber);

        // Memory/proc1dimm1, 3, 14, 16 are Enabled; the other 12 are Absent with CapacityMiB 0.
        Assert.Equal(["PROC 1 DIMM 1", "PROC 1 DIMM 14", "PROC 1 DIMM 16", "PROC 1 DIMM 3"], node.Memory.Select(d => d.Location));
        Assert.Equal(["438AD388", "438AD2AF", "438AED08", "438AD387"], node.Memory.Select(d => d.SerialNumber));
        Assert.All(node.Memory, d => Assert.Equal((16384L, "Hynix", "HMA82GR7CJR4N-XN", 3200), (d.CapacityMib!.Value, d.Manufacturer!, d.PartNumber!, d.SpeedMhz!.Value)));
        Assert.Equal(12, node.EmptySlots.Count(s => s.Kind == PartKinds.Memory));
        Assert.Contains(node.EmptySlots, s => s.Location == "PROC 1 DIMM 8");

        // Storage is an empty collection; Chassis/1/PCIeDevices 137, 138, 140 (ids from PCIeFunctions/1).
        Assert.Empty(node.Drives);
        Assert.Empty(node.Accelerators);
        Assert.Equal(
            [("Embedded Video Controller", null, "4139", "1336", "2.5"),
                ("AH2010406-38  A", "REE1950F79864", "4215", "32880", "08.50.78"),
                ("AH2010414-31  A", "REE1939F35261", "4215", "32880", "08.50.78")],
            node.PcieDevices.Select(p => (p.Model, p.SerialNumber, p.VendorId, p.DeviceId, p.FirmwareVersion)));
        Assert.Equal("Marvell", node.PcieDevices[2].Manufacturer);
        Assert.Equal("Warning", node.PcieDevices[1].Status.Health);

        // FirmwareInventory 1-12: "1" is iLO 5 (the Manager's Id), the other eleven run on the server.
        Assert.Equal(11, node.Firmware.Count);
        Assert.Contains(node.Firmware, f => f.Name == "System ROM" && f.FirmwareVersion == "A43 v2.52 (10/29/2021)");
        var ilo = Assert.Single(inventory.Bmc.Firmware);
        Assert.Equal(("iLO 5", "2.46 May 11 2021"), (ilo.Name, ilo.FirmwareVersion));
    }

    [Fact]
    public void Map_IntelS2600bpb_TwoCpusSixDimmsNoDriveFromAnErrorBody()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("intel-s2600bpb"), "10.0.0.9", 443, Now);
        var node = Assert.Single(inventory.Nodes);

        Assert.Equal(["CPU 1", "CPU 2"], node.Processors.Select(p => p.Location));
        Assert.All(node.Processors, p => Assert.Equal(("Intel Xeon processor", 4, 4000), (p.Model!, p.Cores!.Value, p.MaxSpeedMhz!.Value)));
        // Memory/Memory1-6: DeviceLocator names the slot; PartNumber padded with spaces.
        Assert.Equal(["CPU1_DIMM_A1", "CPU1_DIMM_B1", "CPU1_DIMM_C1", "CPU2_DIMM_A1", "CPU2_DIMM_B1", "CPU2_DIMM_C1"], node.Memory.Select(d => d.Location));
        Assert.Equal(["102CE00B", "102CE006", "102D0445", "10253611", "102E4B24", "102CE00F"], node.Memory.Select(d => d.SerialNumber));
        Assert.All(node.Memory, d => Assert.Equal((8192L, 2133), (d.CapacityMib!.Value, d.SpeedMhz!.Value)));
        Assert.Equal("HMA41GR7MFR8N-TFT1", node.Memory[0].PartNumber);
        // Storage/1 links Drives/HDD0 32 times; that URI answers with a Redfish error body: no drive.
        Assert.Empty(node.Drives);
        Assert.Empty(node.EmptySlots);
        Assert.Empty(node.Firmware);
        Assert.Empty(inventory.Bmc.Firmware);
    }

    [Fact]
    public void Map_GigabyteAmi_SixteenDimmsOneDriveOnceOneMellanoxDevice()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("gigabyte-h262-z63-ami"), "10.0.0.8", 443, Now);
        var node = Assert.Single(inventory.Nodes);

        // Processors/1 (socket P0) and /2 (P1).
        Assert.Equal([("P0", "2B48C8D56F3C076"), ("P1", "2B48C8D56F3C080")], node.Processors.Select(p => (p.Location!, p.SerialNumber!)));
        Assert.All(node.Processors, p => Assert.Equal(("AMD EPYC 7702 64-Core Processor", 64, 128, 3350), (p.Model!, p.Cores!.Value, p.Threads!.Value, p.MaxSpeedMhz!.Value)));
        // Memory/1-16, URI order 1, 10, 11, ...: Memory/1 is DIMM_P0_A0, serial 12BBD2FD.
        Assert.Equal(16, node.Memory.Count);
        Assert.Equal(("DIMM_P0_A0", "12BBD2FD", 15625L, "Samsung", "M393A2K43DB2-CWE"),
            (node.Memory[0].Location, node.Memory[0].SerialNumber, node.Memory[0].CapacityMib!.Value, node.Memory[0].Manufacturer, node.Memory[0].PartNumber));
        Assert.Equal(("DIMM_P1_J0", "12BBDE83"), (node.Memory[1].Location, node.Memory[1].SerialNumber));
        Assert.Equal(16 * 15625L, node.Memory.Sum(d => d.CapacityMib!.Value));
        // Storage/1/Drives/1, also listed under SimpleStorage/1: one drive.
        var drive = Assert.Single(node.Drives);
        Assert.Equal(("1", "SAMSUNG MZ7LH1T9HMLT-00005", "S455NY0M831393", 2013667524608L), (drive.Location, drive.Model, drive.SerialNumber, drive.CapacityBytes!.Value));
        // Chassis/Self/PCIeDevices/1, ids through Links.PCIeFunctions; "Not Available" is what it reported.
        var nic = Assert.Single(node.PcieDevices);
        Assert.Equal(("Mellanox Technologies", "MT27800 Family [ConnectX-5]", "0x15b3", (string?)null, "Not Available"),
            (nic.Manufacturer, nic.Model, nic.VendorId, nic.DeviceId, nic.FirmwareVersion));
        // FirmwareInventory BMC (the Manager is "Self"), MB_CPLD1 and BIOS.
        Assert.Equal([("BIOS", "C27"), ("MB_CPLD1", "ff")], node.Firmware.Select(f => (f.Name!, f.FirmwareVersion!)));
        Assert.Equal("12.84.13", Assert.Single(inventory.Bmc.Firmware).FirmwareVersion);
    }

    [Fact]
    public void Map_CrayEx425_TwoNodesEachTwoCpusSixteenDimmsAndTheirOwnFirmware()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("hpe-cray-ex425-nodecard"), "10.0.0.7", 443, Now);

        Assert.Equal(2, inventory.Nodes.Count);
        var node0 = inventory.Nodes.Single(n => n.RedfishUri == "/redfish/v1/Systems/Node0");
        var node1 = inventory.Nodes.Single(n => n.RedfishUri == "/redfish/v1/Systems/Node1");
        // Systems/Node0/Processors/CPU0 and CPU1 (Status has Health only).
        Assert.Equal([("CPU 0", "9JG1197W00050"), ("CPU 1", "9JG1197W00014")], node0.Processors.Select(p => (p.Location!, p.SerialNumber!)));
        Assert.Equal([("CPU 0", "9JG1197W00045"), ("CPU 1", "9JG1197W00051")], node1.Processors.Select(p => (p.Location!, p.SerialNumber!)));
        Assert.All(node0.Processors, p => Assert.Equal(((string?)null, "OK"), (p.Status.State, p.Status.Health!)));
        // Memory/DIMM0-15, no Status at all; DIMM0 of Node0 is 53394031, of Node1 5339401F.
        Assert.Equal(16, node0.Memory.Count);
        Assert.Equal(16, node1.Memory.Count);
        Assert.Equal(("DIMM0", "53394031", "SK Hynix", "HMA82GR7CJR8N-XN"), (node0.Memory[0].Location, node0.Memory[0].SerialNumber, node0.Memory[0].Manufacturer, node0.Memory[0].PartNumber));
        Assert.Equal("5339401F", node1.Memory[0].SerialNumber);
        Assert.Equal(PartStatus.Unknown, node1.Memory[0].Status);
        // FirmwareInventory names node firmware Node0.* / Node1.*; BMC, Bootloader, FPGA0, FPGA1, Recovery are the controller's.
        Assert.Equal(["Node0.BIOS", "Node0.HPCNet0", "Node0.ManagementEthernet"], node0.Firmware.Select(f => f.Name));
        Assert.Equal(["Node1.BIOS", "Node1.HPCNet0", "Node1.ManagementEthernet"], node1.Firmware.Select(f => f.Name));
        Assert.Equal("ex425.bios-1.6.3", node1.Firmware[0].FirmwareVersion);
        Assert.Equal(["BMC", "Bootloader", "nFPGA", "mFPGA0", "Recovery"], inventory.Bmc.Firmware.Select(f => f.Name));
        Assert.All([node0, node1], n => Assert.Empty(n.Drives.Concat<Part>(n.Accelerators).Concat(n.PcieDevices)));
    }

    [Theory]
    // CMM: Rectifier0-3, FPGA0 (cFPGA), BMC, Bootloader, Recovery. Slingshot: BMC, Bootloader, FPGA0, Packages, Recovery.
    [InlineData("hpe-cray-ex-cmm", 8, "Rectifier 0", "PFC_01.13-SEC_04.08")]
    [InlineData("hpe-cray-slingshot-switch-blade", 5, "sFPGA-CDO", "1.05")]
    public void Map_ControllerWithoutSystems_AllFirmwareIsTheBmcs(string mockup, int count, string name, string version)
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load(mockup), "10.0.0.6", 443, Now);

        Assert.Empty(inventory.Nodes);
        Assert.Equal(count, inventory.Bmc.Firmware.Count);
        var item = Assert.Single(inventory.Bmc.Firmware, f => f.Name == name);
        Assert.Equal((version, false, "bmc"), (item.FirmwareVersion, item.Updateable, item.OwnerKind));
    }

    [Fact]
    public void Map_WithoutParts_NodesAndBmcCarryNone()
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load("dmtf-public-rackmount1"), "192.168.0.10", 443, Now, parts: false);

        var node = Assert.Single(inventory.Nodes);
        Assert.Equal((2, 96.0), (node.ProcessorCount!.Value, node.MemoryGib!.Value));
        Assert.Empty(node.Processors);
        Assert.Empty(node.Memory);
        Assert.Empty(node.EmptySlots);
        Assert.Empty(inventory.Bmc.Firmware);
    }

    [Fact]
    public void Map_SameDocumentsTwice_SamePartIds()
    {
        var documents = SharedMockups.Load("gigabyte-h262-z63-ami");

        var first = RedfishMapper.Map(documents, "10.0.0.8", 443, Now).Nodes[0];
        var second = RedfishMapper.Map(documents, "10.0.0.8", 443, Now.AddDays(1)).Nodes[0];

        Assert.Equal(first.Memory.Select(m => m.Id), second.Memory.Select(m => m.Id));
        Assert.Equal(16, first.Memory.Select(m => m.Id).Distinct().Count());
    }
}
