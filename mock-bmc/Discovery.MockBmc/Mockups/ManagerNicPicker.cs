using System.Text.Json;

namespace Discovery.MockBmc.Mockups;

/// <summary>
/// Chooses the manager NIC that carries the BMC's own address, whose IPv4 becomes the instance's listen address.
/// Rule: the first (ordinal URI order) <c>Managers/*/EthernetInterfaces/*</c> member that is not referenced by a
/// HostInterface's <c>ManagerEthernetInterface</c>, is not named like a host interface (DMTF <c>ToHost</c>, AMI
/// <c>usb0</c>), is not disabled, and has an IPv4 address that is not 0.0.0.0, link-local or iLO's virtual NIC 16.1.15.1.
/// </summary>
internal static class ManagerNicPicker
{
    public static (string? Ipv4, string? Mac) Pick(IReadOnlyDictionary<string, byte[]> bodies)
    {
        var hostNics = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, body) in bodies)
        {
            if (Segments(key) is [_, _, "managers", _, "hostinterfaces", _] && TryParse(body) is { } doc)
            {
                using (doc)
                {
                    CollectHostNics(doc.RootElement, hostNics);
                }
            }
        }

        foreach (var key in bodies.Keys.Order(StringComparer.Ordinal))
        {
            if (Segments(key) is not [_, _, "managers", _, "ethernetinterfaces", var id] || hostNics.Contains(key)
                || id is "tohost" or "usb0" || TryParse(bodies[key]) is not { } doc)
            {
                continue;
            }

            using (doc)
            {
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || (root.TryGetProperty("InterfaceEnabled", out var enabled) && enabled.ValueKind == JsonValueKind.False))
                {
                    continue;
                }

                var ipv4 = FirstIpv4(root);
                if (ipv4 is not null)
                {
                    var mac = root.TryGetProperty("MACAddress", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    return (ipv4, mac is not null && IdentityPatterns.NormalizeMac(mac) is not null ? mac : null);
                }
            }
        }

        return (null, null);
    }

    private static string? FirstIpv4(JsonElement nic)
    {
        if (!nic.TryGetProperty("IPv4Addresses", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("Address", out var a) && a.ValueKind == JsonValueKind.String
                && IdentityPatterns.IsRoutableIpv4(a.GetString()))
            {
                return a.GetString();
            }
        }

        return null;
    }

    private static void CollectHostNics(JsonElement element, HashSet<string> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("ManagerEthernetInterface") && property.Value.ValueKind == JsonValueKind.Object
                    && property.Value.TryGetProperty("@odata.id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    into.Add(UriKey.Normalize(id.GetString()!));
                }
                else
                {
                    CollectHostNics(property.Value, into);
                }
            }
        }
    }

    private static string[] Segments(string key) => key.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
