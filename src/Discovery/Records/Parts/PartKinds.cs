namespace Discovery.Records.Parts;

/// <summary>The <see cref="Part.Kind"/> names; also the crawl-log and store table names' singulars.</summary>
internal static class PartKinds
{
    public const string Processor = "processor";
    public const string Memory = "memory";
    public const string Accelerator = "accelerator";
    public const string Drive = "drive";
    public const string PcieDevice = "pcie_device";
    public const string Firmware = "firmware";

    /// <summary>Every kind, in the order listings show them.</summary>
    public static IReadOnlyList<string> All { get; } = [Processor, Memory, Accelerator, Drive, PcieDevice, Firmware];
}
