using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc.Http;

/// <summary>Faults of an instance with their path lists normalized once, swapped atomically when faults change.</summary>
internal sealed class FaultState(MockFaults faults)
{
    public MockFaults Faults { get; } = faults ?? throw new ArgumentNullException(nameof(faults));

    public HashSet<string> Malformed { get; } = faults.MalformedJsonPaths.Select(UriKey.Normalize).ToHashSet(StringComparer.Ordinal);

    public HashSet<string> Truncated { get; } = faults.TruncatedJsonPaths.Select(UriKey.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> answers broken JSON.</summary>
    public bool IsMalformed(string key) => Malformed.Contains(key) || (Malformed.Contains(MockFaults.EveryPath) && !IsRoot(key));

    /// <summary>Whether <paramref name="key"/> answers half its body.</summary>
    public bool IsTruncated(string key) => Truncated.Contains(key) || (Truncated.Contains(MockFaults.EveryPath) && !IsRoot(key));

    /// <summary>Whether bodies may differ from the shared, token-substituted mockup body.</summary>
    public bool ChangesBodies =>
        Faults.LinkCycle || Faults.OversizedBodyBytes is not null || Faults.FirmwareVersion is not null || Malformed.Count > 0 || Truncated.Count > 0;

    private static bool IsRoot(string key) => key is "/redfish" or "/redfish/v1";
}
