using System.Net;
using Discovery.Locate.Snmp;
using Discovery.Records.Xnames;

namespace Discovery.Locate.Map;

/// <summary>One switch of a location map.</summary>
internal sealed record SwitchConfig
{
    /// <summary>The switch's name (unique in the map; what reports and the crawl log call it).</summary>
    public required string Name { get; init; }

    /// <summary>Its SNMP agent (an IP literal: a map never makes us resolve names).</summary>
    public required IPEndPoint Agent { get; init; }

    /// <summary>v2c or v3.</summary>
    public SnmpVersion Version { get; init; } = SnmpVersion.V2c;

    /// <summary>The community (v2c) or auth password (v3) reference.</summary>
    public required SecretReference Credentials { get; init; }

    /// <summary>The v3 user name; null for v2c.</summary>
    public string? User { get; init; }

    /// <summary>The v3 context name (empty: the default context).</summary>
    public string Context { get; init; } = string.Empty;

    /// <summary>The v3 authentication protocol.</summary>
    public UsmAuthProtocol AuthProtocol { get; init; } = UsmAuthProtocol.HmacSha256x192;

    /// <summary>How long one request waits for its answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Tries after the first.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>Port names (ifName, or the bridge port number) that are uplinks or trunks.</summary>
    public IReadOnlySet<string> Uplinks { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Port name → the xname of the BMC cabled there (like SLS's MgmtSwitchConnector).</summary>
    public IReadOnlyDictionary<string, Xname> Ports { get; init; } = new Dictionary<string, Xname>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The line the switch's entry starts on.</summary>
    public int Line { get; init; }
}
