using Discovery.Records.Network;
using Discovery.Records.Xnames;

namespace Discovery.Records.Validation;

/// <summary>The rules the record tables use, each with its message text, schema keywords and normal form.</summary>
internal static class ValueRules
{
    /// <summary>CPU architectures, as Linux names them (<c>uname -m</c>); the Redfish mapping emits these names.</summary>
    public static readonly IReadOnlyList<string> Architectures = ["x86_64", "aarch64", "ppc64le", "riscv64", "x86", "arm", "ia64"];

    public static readonly ValueRule Mac = new()
    {
        Expected = "a MAC address (aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff; not all zeros or all ff)",
        Pattern = RulePatterns.Mac,
        Normalize = v => MacAddressNormalizer.Normalize(v) ?? v,
    };

    public static readonly ValueRule Ipv4 = new()
    {
        Expected = "an IPv4 address (dotted quad without leading zeros, not 0.0.0.0 or 255.255.255.255)",
        Pattern = RulePatterns.Ipv4,
        Format = "ipv4",
    };

    public static readonly ValueRule Ipv6 = new()
    {
        Expected = "an IPv6 address (no prefix length, zone or embedded IPv4; not ::)",
        Pattern = RulePatterns.Ipv6,
        Format = "ipv6",
        Normalize = CanonicalIp,
    };

    public static readonly ValueRule IpAddress = new()
    {
        Expected = "an IPv4 or IPv6 address",
        Pattern = RulePatterns.IpAddress,
        Normalize = CanonicalIp,
    };

    public static readonly ValueRule Hostname = new()
    {
        Expected = "a host name (RFC 1123: letters, digits, inner hyphens, dot-separated labels of at most 63)",
        Pattern = RulePatterns.Hostname,
        Format = "hostname",
        Normalize = v => v.ToLowerInvariant(),
    };

    public static readonly ValueRule Fqdn = new()
    {
        Expected = "a domain name (RFC 1123 labels, e.g. node1.cluster.example; not an IP address)",
        Pattern = RulePatterns.Fqdn,
        Format = "hostname",
        Normalize = v => v.TrimEnd('.').ToLowerInvariant(),
    };

    public static readonly ValueRule NodeXname = new()
    {
        Expected = "a node xname (x<cabinet>c<chassis>s<slot>b<bmc>n<node>, e.g. x3000c0s1b0n0)",
        Pattern = RulePatterns.NodeXname,
        Normalize = CanonicalXname,
        Suggest = v => Xname.TryParse(v, out var x, out _) && x.Kind == XnameKind.NodeBmc ? $"{x}n0" : null,
    };

    public static readonly ValueRule BmcXname = new()
    {
        Expected = "a BMC xname (x<cabinet>c<chassis>s<slot>b<bmc>, x<cabinet>c<chassis>r<slot>b<bmc> or x<cabinet>c<chassis>b<bmc>)",
        Pattern = RulePatterns.BmcXname,
        Normalize = CanonicalXname,
        Suggest = v => Xname.TryParse(v, out var x, out _) && x.Kind == XnameKind.Node ? (x with { Kind = XnameKind.NodeBmc, Node = null }).ToString() : null,
    };

    public static readonly ValueRule Uuid = new()
    {
        Expected = "a UUID (8-4-4-4-12 hex digits)",
        Pattern = RulePatterns.Uuid,
        Format = "uuid",
        Normalize = v => v.ToLowerInvariant(),
    };

    public static readonly ValueRule GroupMember = new()
    {
        Expected = "a node xname (e.g. x3000c0s1b0n0) or a node id (UUID)",
        Pattern = RulePatterns.NodeXnameOrUuid,
        Normalize = v => Guid.TryParse(v, out var id) ? id.ToString() : CanonicalXname(v),
    };

    public static readonly ValueRule Name = new()
    {
        Expected = "a name of lower-case letters, digits and - : . _ (SMD's group-name rule)",
        Pattern = RulePatterns.Name,
        Suggest = v => v.ToLowerInvariant() is var lower && lower != v && Matches(RulePatterns.Name, lower) ? lower : null,
    };

    public static readonly ValueRule LabelKey = new()
    {
        Expected = "a label key (optional DNS prefix and '/', then at most 63 letters, digits, - _ . starting and ending alphanumeric)",
        Pattern = RulePatterns.LabelKey,
    };

    public static readonly ValueRule LabelValue = new()
    {
        Expected = "a label value (empty, or at most 63 letters, digits, - _ . starting and ending alphanumeric)",
        Pattern = RulePatterns.LabelValue,
    };

    public static readonly ValueRule BootUrl = new()
    {
        Expected = "a boot URL (http://, https://, tftp:// or nfs:// with a host and no user:password@ part)",
        Pattern = RulePatterns.BootUrl,
        Format = "uri",
        // A URL with user info carries a password more often than not.
        IsSensitive = v => v.Contains('@', StringComparison.Ordinal),
    };

    public static readonly ValueRule SshPublicKey = new()
    {
        Expected = "an OpenSSH public key (ssh-ed25519 AAAA... comment)",
        Pattern = RulePatterns.SshPublicKey,
        // The usual mistake is pasting the private key; never quote it back.
        IsSensitive = _ => true,
    };

    public static readonly ValueRule UserName = new()
    {
        Expected = "a user name (lower-case letter or _, then up to 31 lower-case letters, digits, - or _)",
        Pattern = RulePatterns.UserName,
    };

    public static readonly ValueRule SingleLine = new() { Expected = "a single line of text", Pattern = RulePatterns.SingleLine };

    public static readonly ValueRule AbsolutePath = new() { Expected = "an absolute path such as /redfish/v1/Systems/1", Pattern = RulePatterns.AbsolutePath };

    public static readonly ValueRule Architecture = new()
    {
        Expected = $"a CPU architecture ({string.Join(", ", Architectures)})",
        AllowedValues = Architectures,
        Suggest = v => v.ToLowerInvariant() switch
        {
            "amd64" or "x64" or "x86-64" => "x86_64",
            "arm64" or "armv8" => "aarch64",
            "ppc64el" => "ppc64le",
            var lower when Architectures.Contains(lower, StringComparer.Ordinal) => lower,
            _ => null,
        },
    };

    /// <summary>Redfish <c>Resource.PowerState</c>.</summary>
    public static readonly ValueRule PowerState = Enumeration("a Redfish power state", "On", "Off", "PoweringOn", "PoweringOff", "Paused");

    /// <summary>Redfish <c>EthernetInterface.LinkStatus</c>.</summary>
    public static readonly ValueRule LinkStatus = Enumeration("a Redfish link status", "LinkUp", "NoLink", "LinkDown");

    public static readonly ValueRule OwnerKind = Enumeration("an owner kind", "node", "bmc");

    public static readonly ValueRule NonNegative = new() { Expected = "a number of at least 0", Minimum = 0 };

    /// <summary>0 is allowed because it reads as "absent", i.e. <see cref="Bmc.DefaultPort"/> (see <see cref="Bmc.Port"/>).</summary>
    public static readonly ValueRule Port = new() { Expected = "a TCP port (1-65535; 0 means the default 443)", Minimum = 0, Maximum = 65535 };

    /// <summary>IEEE 802.1Q: 0 means untagged/priority only, 4095 is reserved.</summary>
    public static readonly ValueRule VlanId = new() { Expected = "a VLAN id (0-4094)", Minimum = 0, Maximum = 4094 };

    private static ValueRule Enumeration(string what, params string[] values) => new()
    {
        Expected = $"{what} ({string.Join(", ", values)})",
        AllowedValues = values,
        Suggest = v => values.FirstOrDefault(a => string.Equals(a, v, StringComparison.OrdinalIgnoreCase)),
    };

    private static string CanonicalIp(string value) => System.Net.IPAddress.TryParse(value, out var address) ? address.ToString() : value;

    private static string CanonicalXname(string value) => Xname.TryParse(value, out var xname, out _) ? xname.ToString() : value;

    private static bool Matches(string pattern, string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
