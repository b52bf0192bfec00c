using System.Net;
using System.Text.Json.Nodes;

namespace Discovery.Testing.Smd;

/// <summary>
/// SMD's <c>rf.NewRedfishEPDescription</c> (pkg/redfish/rfendpoints.go), ported: validates a raw RedfishEndpoint
/// and gives the stored form that <c>GET /RedfishEndpoints/{xname}</c> returns (Go's omitempty fields left out).
/// </summary>
internal static class SmdEndpointDescription
{
    /// <summary>The stored endpoint; throws <see cref="GoJsonException"/> (500) or <see cref="SmdValidationException"/> (400).</summary>
    public static JsonObject Describe(JsonObject raw)
    {
        var rawId = GoJson.String(raw, "ID");
        var rawHostname = GoJson.String(raw, "Hostname");
        var rawDomain = GoJson.String(raw, "Domain");
        var rawFqdn = GoJson.String(raw, "FQDN");
        var rawIp = GoJson.String(raw, "IPAddress");
        var enabled = GoJson.Bool(raw, "Enabled") ?? true;
        var useSsdp = GoJson.Bool(raw, "UseSSDP") ?? false;
        var macRequired = GoJson.Bool(raw, "MACRequired") ?? false;
        var rediscover = GoJson.Bool(raw, "RediscoverOnUpdate") ?? false;

        var domain = rawDomain.Length > 0 ? rawDomain.Trim('.', '/', ' ') : string.Empty;
        var hostname = string.Empty;
        var hostIsIp = false;
        if (rawHostname.Length > 0)
        {
            hostname = rawHostname.Trim('.', '/', ' ');
            if (IpAddressString(hostname) is { Length: > 0 } ipHost)
            {
                hostIsIp = true;
                hostname = ipHost;
            }
            else if (hostname.Contains('.', StringComparison.Ordinal))
            {
                throw new SmdValidationException("Hostname is not a basename or IP address.");
            }
        }

        if (rawFqdn.Length > 0)
        {
            if (IpAddressString(rawFqdn) is { Length: > 0 } fqdnIp && hostname.Length == 0)
            {
                hostname = fqdnIp;
                hostIsIp = true;
            }

            var split = rawFqdn.Split('.', 2);
            var fqdnHost = split[0].Trim('.', '/', ' ');
            var fqdnDomain = split.Length > 1 ? split[1].Trim('.', '/', ' ') : string.Empty;
            if (hostname.Length == 0)
            {
                hostname = fqdnHost;
            }

            if (domain.Length == 0 && hostname == fqdnHost)
            {
                domain = fqdnDomain;
            }
        }

        var id = rawId.Length == 0 ? hostname : rawId.Trim('.', '/', ' ');
        if (id.Length == 0)
        {
            throw new SmdValidationException("No xname ID found");
        }

        id = SmdXnames.Normalize(id);
        var type = SmdXnames.TypeOf(id) ?? throw new SmdValidationException($"{id} is not a valid locational xname ID");
        if (!SmdXnames.IsController(id))
        {
            throw new SmdValidationException($"xname ID {id} has wrong type for RF endpoint: {type}");
        }

        var host = hostname.Length == 0 ? id : hostname;
        var fqdn = domain.Length > 0 ? (hostIsIp ? hostname : $"{host}.{domain}") : host;
        var given = IpAddressString(rawFqdn) is { Length: > 0 } normalized ? normalized : rawFqdn;
        if (rawFqdn.Length > 0 && fqdn != given)
        {
            throw new SmdValidationException($"host/domain conflicts with FQDN: '{fqdn}' != '{given}'");
        }

        var ip = string.Empty;
        if (rawIp.Length > 0)
        {
            ip = IpAddressString(rawIp) ?? string.Empty;
            if (ip.Length == 0)
            {
                throw new SmdValidationException($"IPAddress is not a valid IP address: '{rawIp}'");
            }

            if (hostIsIp && ip != hostname)
            {
                throw new SmdValidationException($"hostname IP address conflicts with given IP address: '{hostname}' != '{ip}'");
            }
        }
        else if (hostIsIp)
        {
            ip = hostname;
        }

        var stored = new JsonObject
        {
            ["ID"] = id,
            ["Type"] = type,
        };
        AddIfSet(stored, "Name", GoJson.String(raw, "Name"));
        stored["Hostname"] = hostname;
        stored["Domain"] = domain;
        stored["FQDN"] = fqdn;
        stored["Enabled"] = enabled;
        AddIfSet(stored, "UUID", GoJson.String(raw, "UUID"));
        stored["User"] = GoJson.String(raw, "User");
        stored["Password"] = GoJson.String(raw, "Password");
        if (useSsdp)
        {
            stored["UseSSDP"] = true;
        }

        if (macRequired)
        {
            stored["MACRequired"] = true;
        }

        AddIfSet(stored, "MACAddr", GoJson.String(raw, "MACAddr"));
        AddIfSet(stored, "IPAddress", ip);
        stored["RediscoverOnUpdate"] = rediscover;
        AddIfSet(stored, "TemplateID", GoJson.String(raw, "TemplateID"));
        stored["DiscoveryInfo"] = new JsonObject { ["LastDiscoveryStatus"] = "NotYetQueried" };
        return stored;
    }

    /// <summary>
    /// SMD's <c>GetIPAddressString</c>: the normal form of an IP literal (IPv6 in brackets), keeping a <c>:port</c>;
    /// empty when <paramref name="text"/> is not an IP address.
    /// </summary>
    public static string IpAddressString(string text)
    {
        var lower = text.ToLowerInvariant();
        string host;
        var port = string.Empty;
        if (SplitHostPort(lower) is { } split)
        {
            host = split.Host;
            port = split.Port.Length > 0 ? ":" + split.Port : string.Empty;
        }
        else
        {
            host = lower.Trim('[', ']');
        }

        var zoneAt = host.IndexOf('%', StringComparison.Ordinal);
        var address = zoneAt < 0 ? host : host[..zoneAt];
        var zone = zoneAt < 0 ? string.Empty : host[(zoneAt + 1)..];
        var isV6 = address.Contains(':', StringComparison.Ordinal);
        if (!isV6 && zone.Length > 0)
        {
            return string.Empty;
        }

        // Go's net.ParseIP takes only the dotted quad for IPv4 (.NET would also read "1" as 0.0.0.1).
        if ((!isV6 && address.Split('.').Length != 4) || !IPAddress.TryParse(address, out var ip))
        {
            return string.Empty;
        }

        var normal = ip.ToString() + (zone.Length > 0 ? "%" + zone : string.Empty);
        return (isV6 ? $"[{normal}]" : normal) + port;
    }

    // Go's net.SplitHostPort: "host:port" or "[v6]:port"; null when there is no port part.
    private static (string Host, string Port)? SplitHostPort(string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf("]:", StringComparison.Ordinal);
            return close < 0 ? null : (text[1..close], text[(close + 2)..]);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 || colon != text.LastIndexOf(':') ? null : (text[..colon], text[(colon + 1)..]);
    }

    private static void AddIfSet(JsonObject target, string name, string value)
    {
        if (value.Length > 0)
        {
            target[name] = value;
        }
    }
}
