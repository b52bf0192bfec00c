namespace Discovery.Smd.Payloads;

/// <summary>
/// The values SMD's spec (reference/smd/swagger_v2.yaml, <c>HWInventory.1.0.0_Redfish*FRUInfo</c>) lists for the
/// FRU info fields that are enums. A value the BMC reported outside these (<c>DDR5</c>, a vendor's spelling) stays in
/// discover's own inventory and is left out of the SMD body, which would not describe it.
/// </summary>
internal static class HardwareSpecValues
{
    public static readonly IReadOnlySet<string> InstructionSets = Set("x86", "x86-64", "IA-64", "ARM-A32", "ARM-A64", "MIPS32", "MIPS64", "OEM");

    public static readonly IReadOnlySet<string> ProcessorTypes = Set("CPU", "GPU", "FPGA", "DSP", "Accelerator", "OEM");

    public static readonly IReadOnlySet<string> MemoryTypes = Set("DRAM", "NVDIMM_N", "NVDIMM_F", "NVDIMM_P");

    public static readonly IReadOnlySet<string> MemoryDeviceTypes = Set(
        "DDR", "DDR2", "DDR3", "DDR4", "DDR4_SDRAM", "DDR4E_SDRAM", "LPDDR4_SDRAM", "DDR3_SDRAM", "LPDDR3_SDRAM", "DDR2_SDRAM",
        "DDR2_SDRAM_FB_DIMM", "DDR2_SDRAM_FB_DIMM_PROBE", "DDR_SGRAM", "DDR_SDRAM", "ROM", "SDRAM", "EDO", "FastPageMode", "PipelinedNibble");

    public static readonly IReadOnlySet<string> MediaTypes = Set("HDD", "SMR", "SSD");

    public static readonly IReadOnlySet<string> Protocols = Set(
        "AHCI", "FC", "FCP", "FCoE", "FICON", "FTP", "GenZ", "HTTP", "HTTPS", "I2C", "MultiProtocol", "NFSv3", "NFSv4", "NVMe",
        "NVMeOverFabrics", "OEM", "PCIe", "RoCE", "RoCEv2", "SAS", "SATA", "SFTP", "SMB", "TCP", "TFTP", "UDP", "UHCI", "USB", "iSCSI", "iWARP");

    /// <summary><paramref name="value"/> when <paramref name="allowed"/> lists it, else null.</summary>
    public static string? Listed(string? value, IReadOnlySet<string> allowed) => value is not null && allowed.Contains(value) ? value : null;

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
