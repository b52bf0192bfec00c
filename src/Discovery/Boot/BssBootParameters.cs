using System.Text.Json.Serialization;

namespace Discovery.Boot;

/// <summary>A BSS <c>BootParams</c> body (reference/bss/swagger.yaml), as far as discover writes and compares it.</summary>
internal sealed record BssBootParameters
{
    /// <summary>Host names: the node's xname.</summary>
    [JsonPropertyName("hosts")]
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>The node's boot MAC, else its NICs' MACs (lower-case colon form).</summary>
    [JsonPropertyName("macs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Macs { get; init; }

    /// <summary>Kernel command line.</summary>
    [JsonPropertyName("params")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Params { get; init; }

    /// <summary>Kernel URL or path.</summary>
    [JsonPropertyName("kernel")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kernel { get; init; }

    /// <summary>Initrd URL or path.</summary>
    [JsonPropertyName("initrd")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Initrd { get; init; }

    /// <summary>Whether <paramref name="other"/> boots the same way (MACs compared as sets, case-insensitively).</summary>
    public bool SameBoot(BssBootParameters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        static HashSet<string> Set(IReadOnlyList<string>? macs) => new(macs ?? [], StringComparer.OrdinalIgnoreCase);
        return string.Equals(Kernel ?? string.Empty, other.Kernel ?? string.Empty, StringComparison.Ordinal)
            && string.Equals(Initrd ?? string.Empty, other.Initrd ?? string.Empty, StringComparison.Ordinal)
            && string.Equals(Params ?? string.Empty, other.Params ?? string.Empty, StringComparison.Ordinal)
            && Set(Macs).SetEquals(Set(other.Macs));
    }
}
