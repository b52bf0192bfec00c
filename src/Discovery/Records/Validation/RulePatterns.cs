namespace Discovery.Records.Validation;

/// <summary>
/// The regular expressions behind <see cref="ValueRules"/>. They are JSON Schema patterns, so they stay inside
/// what ECMA-262 and .NET read alike: explicit ASCII classes (no <c>\d</c>, <c>\w</c>, <c>\s</c> or <c>.</c>, whose
/// meanings differ), no inline flags, lookaheads only to exclude placeholder values.
/// </summary>
internal static class RulePatterns
{
    private const string Hex = "[0-9A-Fa-f]";
    private const string Hex4 = "[0-9A-Fa-f]{1,4}";
    private const string Octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private const string DnsLabel = "[A-Za-z0-9](?:[-A-Za-z0-9]{0,61}[A-Za-z0-9])?";

    // Xname numbers as XnameParser reads them: at most 9 digits (leading zeros allowed), cabinet 0-9999,
    // chassis 0-7, slot/BMC/node 0-99999. "0{0,5}[0-9]{1,4}" is exactly "1-9 digits whose value is at most 9999".
    private const string Cabinet = "0{0,5}[0-9]{1,4}";
    private const string ChassisNumber = "0{0,8}[0-7]";
    private const string Ordinal = "0{0,4}[0-9]{1,5}";

    /// <summary>A MAC as colons, dashes (same separator throughout), Cisco dots or 12 bare hex digits, any case; not all-zero or broadcast.</summary>
    public const string Mac =
        "^(?![-:.0]+$)(?![-:.Ff]+$)(?:" + Hex + "{2}([-:])" + Hex + "{2}\\1" + Hex + "{2}\\1" + Hex + "{2}\\1" + Hex + "{2}\\1" + Hex + "{2}"
        + "|" + Hex + "{4}\\." + Hex + "{4}\\." + Hex + "{4}|" + Hex + "{12})$";

    /// <summary>A dotted-quad IPv4 address without leading zeros (which some parsers read as octal); not 0.0.0.0 or 255.255.255.255.</summary>
    public const string Ipv4 = "^" + Ipv4Body + "$";

    /// <summary>An IPv6 address without prefix length, zone or embedded IPv4; not the unspecified address.</summary>
    public const string Ipv6 = "^" + Ipv6Body + "$";

    /// <summary>An IPv4 or an IPv6 address as above.</summary>
    public const string IpAddress = "^(?:" + Ipv4Body + "|" + Ipv6Body + ")$";

    /// <summary>An RFC 1123 host name: dot-separated labels of letters, digits and inner hyphens, at most 253 characters.</summary>
    public const string Hostname = "^(?=[-.A-Za-z0-9]{1,253}$)" + DnsLabel + "(?:\\." + DnsLabel + ")*$";

    /// <summary>
    /// A domain name as BMCs report it in <c>FQDN</c>: RFC 1123 labels, optional final dot, not an IP address. One
    /// label is allowed because real BMCs put a bare host name there (the Intel S2600BPB mockup: <c>x3000c0s19b1</c>).
    /// </summary>
    public const string Fqdn = "^(?=[-.A-Za-z0-9]{1,253}\\.?$)(?![0-9.]+$)" + DnsLabel + "(?:\\." + DnsLabel + ")*\\.?$";

    /// <summary>A node xname <c>x{cabinet}c{chassis}s{slot}b{bmc}n{node}</c>, any case, leading zeros allowed.</summary>
    public const string NodeXname = "^" + NodeXnameBody + "$";

    /// <summary>A BMC xname: node BMC <c>x..c..s..b..</c>, router BMC <c>x..c..r..b..</c> or chassis BMC <c>x..c..b..</c>.</summary>
    public const string BmcXname =
        "^[Xx]" + Cabinet + "[Cc]" + ChassisNumber + "(?:[Ss]" + Ordinal + "[Bb]" + Ordinal + "|[Rr]" + Ordinal + "[Bb]" + Ordinal + "|[Bb]" + Ordinal + ")$";

    /// <summary>A UUID in the 8-4-4-4-12 hex form, any case.</summary>
    public const string Uuid = "^" + UuidBody + "$";

    /// <summary>A group member: a node xname or a node id.</summary>
    public const string NodeXnameOrUuid = "^(?:" + NodeXnameBody + "|" + UuidBody + ")$";

    /// <summary>SMD's rule for group and partition names (hms-smd <c>VerifyNormalizeGroupField</c>), used for every name we key on.</summary>
    public const string Name = "^[-a-z0-9:._]+$";

    /// <summary>A Kubernetes label key: optional DNS-subdomain prefix and '/', then up to 63 characters.</summary>
    public const string LabelKey = "^(?:" + DnsLabel + "(?:\\." + DnsLabel + ")*/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$";

    /// <summary>A Kubernetes label value: empty, or up to 63 letters, digits, '-', '_', '.' starting and ending alphanumeric.</summary>
    public const string LabelValue = "^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$";

    /// <summary>
    /// A URL a node can boot from: http, https, tftp or nfs (lower case), a host name, IPv4 or bracketed IPv6, an
    /// optional port, then an RFC 3986 path/query. No user:password@ part: credentials do not belong in inventory.
    /// </summary>
    public const string BootUrl =
        "^(?:https?|tftp|nfs)://(?:" + DnsLabel + "(?:\\." + DnsLabel + ")*|\\[" + Ipv6Body + "\\])(?::[0-9]{1,5})?"
        + "(?:[/?#][-A-Za-z0-9._~!$&'()*+,;=:@%/?#]*)?$";

    /// <summary>An OpenSSH public key line: key type, base64 body, optional comment.</summary>
    public const string SshPublicKey =
        "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)"
        + " [A-Za-z0-9+/]+={0,3}(?: [^\\r\\n]*)?$";

    /// <summary>A POSIX user name as useradd accepts by default: lower case, at most 32 characters.</summary>
    public const string UserName = "^[a-z_][-a-z0-9_]{0,31}$";

    /// <summary>One line of text (a kernel command line).</summary>
    public const string SingleLine = "^[^\\r\\n]*$";

    /// <summary>An absolute URI path, such as a Redfish <c>@odata.id</c>.</summary>
    public const string AbsolutePath = "^/[^\\r\\n]*$";

    private const string Ipv4Body = "(?!0\\.0\\.0\\.0$)(?!255\\.255\\.255\\.255$)" + Octet + "\\." + Octet + "\\." + Octet + "\\." + Octet;

    private const string Ipv6Body =
        "(?![0:]+$)(?:"
        + "(?:" + Hex4 + ":){7}" + Hex4
        + "|(?:" + Hex4 + ":){1,7}:"
        + "|(?:" + Hex4 + ":){1,6}:" + Hex4
        + "|(?:" + Hex4 + ":){1,5}(?::" + Hex4 + "){1,2}"
        + "|(?:" + Hex4 + ":){1,4}(?::" + Hex4 + "){1,3}"
        + "|(?:" + Hex4 + ":){1,3}(?::" + Hex4 + "){1,4}"
        + "|(?:" + Hex4 + ":){1,2}(?::" + Hex4 + "){1,5}"
        + "|" + Hex4 + ":(?::" + Hex4 + "){1,6}"
        + "|:(?:(?::" + Hex4 + "){1,7}|:))";

    private const string NodeXnameBody = "[Xx]" + Cabinet + "[Cc]" + ChassisNumber + "[Ss]" + Ordinal + "[Bb]" + Ordinal + "[Nn]" + Ordinal;

    private const string UuidBody = Hex + "{8}-" + Hex + "{4}-" + Hex + "{4}-" + Hex + "{4}-" + Hex + "{12}";
}
