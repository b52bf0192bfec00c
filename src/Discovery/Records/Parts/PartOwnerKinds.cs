namespace Discovery.Records.Parts;

/// <summary>What a part belongs to: a node, or the BMC itself (its own firmware, a CMM's rectifiers).</summary>
internal static class PartOwnerKinds
{
    public const string Node = "node";
    public const string Bmc = "bmc";
}
