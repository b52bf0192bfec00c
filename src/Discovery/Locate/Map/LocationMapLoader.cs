using System.Globalization;
using System.Net;
using Discovery.Configuration;
using Discovery.Locate.Snmp;
using Discovery.Records.Xnames;
using Discovery.Text;
using Discovery.Yaml;
using YamlDotNet.RepresentationModel;

namespace Discovery.Locate.Map;

/// <summary>
/// Reads a location map (YAML) and reports every problem with <c>file:line</c>:
/// <code>
/// switches:
///   - name: leaf1
///     address: 10.1.0.2          # an IP literal; port 161 unless 'port:' says otherwise
///     snmp: v3                   # v2c (default) or v3 (authPriv, AES-128)
///     user: discover             # v3 only
///     auth: sha256               # v3: sha or sha256 (default)
///     context: ""                # v3: the context name, when the switch wants one
///     credentials: secret:leaf1  # or file:/etc/discover/leaf1.snmp; never the secret itself
///     uplinks: [Ethernet48]
///     ports:
///       Ethernet1: x3000c0s1b0
/// </code>
/// </summary>
internal static class LocationMapLoader
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "name", "address", "port", "snmp", "user", "auth", "context", "credentials", "timeout", "retries", "uplinks", "ports",
    };

    /// <summary>The map at <paramref name="path"/>.</summary>
    /// <exception cref="LocationMapException">The file is unreadable or wrong; every problem is listed.</exception>
    public static async Task<LocationMap> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LocationMapException([$"{path}: cannot read the location map: {ex.Message}"]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses map <paramref name="text"/> read from <paramref name="path"/> (relative credential files resolve beside it).</summary>
    /// <exception cref="LocationMapException">The map is wrong; every problem is listed.</exception>
    public static LocationMap Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        if (!YamlDocumentLoader.TryLoad(text, out var stream, out var line, out var message))
        {
            throw new LocationMapException([$"{path}:{line}: not valid YAML: {message}"]);
        }

        var root = stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
        if (root is not YamlMappingNode top || Child(top, "switches") is not YamlSequenceNode list)
        {
            throw new LocationMapException([$"{path}:{(root is null ? 1 : LineOf(root))}: expected 'switches:' with a list of switches"]);
        }

        foreach (var (key, _) in top.Children.Where(c => Text(c.Key) != "switches"))
        {
            errors.Add($"{path}:{LineOf(key)}: unexpected field {QuotedValue.Of(Text(key))} (expected 'switches')");
        }

        var reader = new SwitchReader(path, errors);
        var switches = list.Children.Select(reader.Read).OfType<SwitchConfig>().ToList();
        return errors.Count > 0 ? throw new LocationMapException(errors) : new LocationMap(path, switches);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => Text(c.Key) == key).Value;

    private static string? Text(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;

    private static int LineOf(YamlNode node) => (int)Math.Min(node.Start.Line, int.MaxValue);

    /// <summary>Reads switch entries, remembering names, xnames and agents across the map to catch duplicates.</summary>
    private sealed class SwitchReader(string path, List<string> errors)
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<Xname, string> _xnames = [];

        public SwitchConfig? Read(YamlNode node)
        {
            if (node is not YamlMappingNode entry)
            {
                Error(node, "each switch must be a map with name, address, credentials and ports");
                return null;
            }

            var before = errors.Count;
            foreach (var (key, value) in entry.Children)
            {
                var field = Text(key);
                if (field == "community")
                {
                    Error(key, "a community does not belong in the map: write 'credentials: file:PATH' or 'credentials: secret:KEY'");
                }
                else if (field is null || !Fields.Contains(field))
                {
                    Error(key, $"unexpected field {QuotedValue.Of(field)} (expected {string.Join(", ", Fields)})");
                }
                else if (field is not ("uplinks" or "ports") && value is not YamlScalarNode)
                {
                    Error(value, $"'{field}' must be a plain value");
                }
            }

            var name = Required(entry, "name");
            if (name is not null && !_names.TryAdd(name, LineOf(entry)))
            {
                Error(entry, $"switch {QuotedValue.Of(name)} is already defined on line {_names[name]}");
            }

            var address = Required(entry, "address");
            IPAddress? ip = null;
            if (address is not null && !IPAddress.TryParse(address, out ip))
            {
                Error(Child(entry, "address")!, $"address {QuotedValue.Of(address)} is not an IP address");
            }

            var port = Number(entry, "port", SnmpEndpoint.DefaultPort, 1, 65535);
            var retries = Number(entry, "retries", 1, 0, 10);
            var timeout = Duration(entry);
            var version = Version(entry);
            var user = Text(Child(entry, "user") ?? new YamlScalarNode());
            if (version == SnmpVersion.V3 && string.IsNullOrEmpty(user))
            {
                Error(entry, $"switch {QuotedValue.Of(name)} uses snmp v3 but has no 'user'");
            }

            var credentials = Credentials(entry, name);
            var protocol = Auth(entry);
            var uplinks = Uplinks(entry);
            var ports = Ports(entry, name ?? "?");
            if (errors.Count > before || name is null || ip is null || credentials is null)
            {
                return null;
            }

            return new SwitchConfig
            {
                Name = name, Agent = new IPEndPoint(ip, port), Version = version, Credentials = credentials,
                User = version == SnmpVersion.V3 ? user : null, Context = Text(Child(entry, "context") ?? new YamlScalarNode()) ?? string.Empty, AuthProtocol = protocol, Timeout = timeout, Retries = retries,
                Uplinks = uplinks, Ports = ports, Line = LineOf(entry),
            };
        }

        private string? Required(YamlMappingNode entry, string field)
        {
            var value = Child(entry, field) is { } node ? Text(node) : null;
            if (string.IsNullOrEmpty(value))
            {
                Error(entry, $"switch has no '{field}'");
                return null;
            }

            return value;
        }

        private int Number(YamlMappingNode entry, string field, int fallback, int min, int max)
        {
            if (Child(entry, field) is not { } node)
            {
                return fallback;
            }

            if (!int.TryParse(Text(node), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                Error(node, $"'{field}' {QuotedValue.Of(Text(node))} is not a whole number from {min} to {max}");
                return fallback;
            }

            return value;
        }

        private TimeSpan Duration(YamlMappingNode entry)
        {
            var fallback = TimeSpan.FromSeconds(2);
            if (Child(entry, "timeout") is not { } node)
            {
                return fallback;
            }

            if (!DurationText.TryParse(Text(node), out var value) || value <= TimeSpan.Zero || value > TimeSpan.FromMinutes(5))
            {
                Error(node, $"'timeout' {QuotedValue.Of(Text(node))} is not a duration from 1ms to 5m (500ms, 2s)");
                return fallback;
            }

            return value;
        }

        private SnmpVersion Version(YamlMappingNode entry)
        {
            var node = Child(entry, "snmp");
            switch (node is null ? "v2c" : Text(node)?.ToLowerInvariant())
            {
                case "v2c" or "2c":
                    return SnmpVersion.V2c;
                case "v3" or "3":
                    return SnmpVersion.V3;
                default:
                    Error(node!, $"'snmp' {QuotedValue.Of(Text(node!))} is not v2c or v3");
                    return SnmpVersion.V2c;
            }
        }

        private UsmAuthProtocol Auth(YamlMappingNode entry)
        {
            var node = Child(entry, "auth");
            switch (node is null ? "sha256" : Text(node)?.ToLowerInvariant())
            {
                case "sha" or "sha1":
                    return UsmAuthProtocol.HmacSha96;
                case "sha256" or "sha-256":
                    return UsmAuthProtocol.HmacSha256x192;
                default:
                    Error(node!, $"'auth' {QuotedValue.Of(Text(node!))} is not sha or sha256");
                    return UsmAuthProtocol.HmacSha256x192;
            }
        }

        private SecretReference? Credentials(YamlMappingNode entry, string? name)
        {
            if (Child(entry, "credentials") is not { } node)
            {
                Error(entry, $"switch {QuotedValue.Of(name)} has no 'credentials' (file:PATH or secret:KEY)");
                return null;
            }

            var text = Text(node) ?? string.Empty;
            var origin = $"{path}:{LineOf(node)}";
            if (text.StartsWith("file:", StringComparison.Ordinal) && text.Length > 5)
            {
                var file = text[5..];
                return new SecretReference(true, Path.GetFullPath(file, Path.GetDirectoryName(Path.GetFullPath(path)) ?? "/"), origin);
            }

            if (text.StartsWith("secret:", StringComparison.Ordinal) && text.Length > 7)
            {
                return new SecretReference(false, text[7..], origin);
            }

            // Do not echo the value: someone may have written the community itself here.
            Error(node, "'credentials' must be file:PATH or secret:KEY (the value is not shown, in case it is a secret)");
            return null;
        }

        private HashSet<string> Uplinks(YamlMappingNode entry)
        {
            var uplinks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            switch (Child(entry, "uplinks"))
            {
                case null:
                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children)
                    {
                        if (Text(item) is { Length: > 0 } port)
                        {
                            uplinks.Add(port);
                        }
                        else
                        {
                            Error(item, "each uplink must be a port name");
                        }
                    }

                    break;
                case var other:
                    Error(other, "'uplinks' must be a list of port names");
                    break;
            }

            return uplinks;
        }

        private Dictionary<string, Xname> Ports(YamlMappingNode entry, string name)
        {
            var ports = new Dictionary<string, Xname>(StringComparer.OrdinalIgnoreCase);
            var node = Child(entry, "ports");
            if (node is null)
            {
                return ports;
            }

            if (node is not YamlMappingNode map)
            {
                Error(node, "'ports' must map port names to xnames (Ethernet1: x3000c0s1b0)");
                return ports;
            }

            foreach (var (key, value) in map.Children)
            {
                var port = Text(key);
                var text = Text(value);
                if (string.IsNullOrEmpty(port) || text is null)
                {
                    Error(key, "each port must map a port name to a plain xname");
                }
                else if (!Xname.TryParse(text, out var xname, out var error))
                {
                    Error(value, $"port {QuotedValue.Of(port)}: {error}");
                }
                else if (xname.Kind is not (XnameKind.NodeBmc or XnameKind.ChassisBmc or XnameKind.RouterBmc))
                {
                    Error(value, $"port {QuotedValue.Of(port)}: '{xname}' names a {xname.Kind}, not a BMC (e.g. x3000c0s1b0)");
                }
                else if (_xnames.TryGetValue(xname, out var holder))
                {
                    Error(value, $"xname '{xname}' is already on {holder}");
                }
                else if (!ports.TryAdd(port, xname))
                {
                    Error(key, $"port {QuotedValue.Of(port)} is listed twice");
                }
                else
                {
                    _xnames[xname] = $"{name} port {port} (line {LineOf(key)})";
                }
            }

            return ports;
        }

        private void Error(YamlNode node, string message) => errors.Add($"{path}:{LineOf(node)}: {message}");
    }
}
