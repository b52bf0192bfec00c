using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Discovery.Testing.Smd;

public sealed partial class SmdDouble
{
    private const string InterfacesUri = "/hsm/v2/Inventory/EthernetInterfaces/";
    private const string ConflictMac = "operation would conflict with an existing component ethernet interface that has the same MAC address.";

    private SmdAnswer InterfaceCollection(string method, string body) => method switch
    {
        "GET" => SmdAnswer.Json(200, new JsonArray([.. _interfaces.Values.Select(ToJson)])),
        "POST" => PostInterface(body),
        _ => new SmdAnswer(405),
    };

    private SmdAnswer Interface(string method, string id, string body)
    {
        id = id.ToLowerInvariant();
        switch (method)
        {
            case "GET":
                return _interfaces.TryGetValue(id, out var found)
                    ? SmdAnswer.Json(200, ToJson(found))
                    : SmdAnswer.Problem(404, "No such component ethernet interface: " + id);
            case "PATCH":
                return PatchInterface(id, body);
            case "DELETE":
                return _interfaces.Remove(id) ? SmdAnswer.Message(200, "deleted 1 entry") : SmdAnswer.Problem(404, "no such component ethernet interface.");
            default:
                return new SmdAnswer(405);
        }
    }

    // smd-api.go doCompEthInterfacePostV2 and sm.NewCompEthInterfaceV2.
    private SmdAnswer PostInterface(string body)
    {
        string mac;
        string description;
        string component;
        List<string> addresses;
        try
        {
            var raw = GoJson.Object(GoJson.Parse(body), "CompEthInterfaceV2");
            mac = GoJson.String(raw, "MACAddress");
            description = GoJson.String(raw, "Description");
            component = GoJson.String(raw, "ComponentID");
            addresses = [.. GoJson.Objects(raw, "IPAddresses").Select(a => GoJson.String(a, "IPAddress"))];
        }
        catch (GoJsonException ex)
        {
            return SmdAnswer.Problem(500, "error decoding JSON " + ex.Message);
        }

        if (!MacPattern().IsMatch(mac))
        {
            return SmdAnswer.Problem(400, $"Invalid MAC address: '{mac}'");
        }

        if (addresses.Any(a => a.Length == 0))
        {
            return SmdAnswer.Problem(400, "Invalid CompEthInterface IP Address");
        }

        var owner = component.Length == 0 ? string.Empty : SmdXnames.Normalize(component);
        if (owner.Length > 0 && SmdXnames.TypeOf(owner) is null)
        {
            return SmdAnswer.Problem(400, "Invalid CompEthInterface component ID");
        }

        var normal = mac.Replace('-', ':').ToLowerInvariant();
        var id = normal.Replace(":", string.Empty, StringComparison.Ordinal);
        if (_interfaces.ContainsKey(id))
        {
            return SmdAnswer.Problem(409, ConflictMac);
        }

        _interfaces[id] = new SmdDoubleInterface(id, normal, description, owner, addresses);
        return SmdAnswer.Json(201, new JsonObject { ["URI"] = InterfacesUri + id }, InterfacesUri + id);
    }

    // smd-api.go doCompEthInterfacePatchV2: Description, ComponentID and IPAddresses; at least one of them.
    private SmdAnswer PatchInterface(string id, string body)
    {
        try
        {
            var patch = GoJson.Object(GoJson.Parse(body), "CompEthInterfaceV2Patch");
            if (patch["Description"] is null && patch["ComponentID"] is null && patch["IPAddresses"] is null)
            {
                return SmdAnswer.Problem(400, "Request must have at least one patch field.");
            }

            if (!_interfaces.TryGetValue(id, out var current))
            {
                return SmdAnswer.Problem(404, "no such component ethernet interface.");
            }

            var updated = current with
            {
                Description = patch["Description"] is null ? current.Description : GoJson.String(patch, "Description"),
                ComponentId = patch["ComponentID"] is null ? current.ComponentId : SmdXnames.Normalize(GoJson.String(patch, "ComponentID")),
                IpAddresses = patch["IPAddresses"] is null
                    ? current.IpAddresses
                    : [.. GoJson.Objects(patch, "IPAddresses").Select(a => GoJson.String(a, "IPAddress"))],
            };
            _interfaces[id] = updated;
            return SmdAnswer.Json(200, ToJson(updated));
        }
        catch (GoJsonException ex)
        {
            return SmdAnswer.Problem(500, "error decoding JSON " + ex.Message);
        }
    }

    // smd-api.go createCompEthInterfacesV2: a NIC without MAC or address is refused with 400 (and skipped); an
    // existing MAC is 409 unless forced (PUT), where it is replaced.
    private void AddInterfaces(string component, IReadOnlyList<SmdNic> nics, bool forceUpdate, SmdErrors errors)
    {
        foreach (var nic in nics)
        {
            if (nic.Mac.Length == 0)
            {
                errors.Add(400, "Invalid CompEthInterface MAC Address");
                continue;
            }

            if (nic.Ip.Length == 0)
            {
                errors.Add(400, "Invalid CompEthInterface IP Address");
                continue;
            }

            var mac = nic.Mac.ToLowerInvariant();
            var id = mac.Replace(":", string.Empty, StringComparison.Ordinal);
            if (_interfaces.ContainsKey(id) && !forceUpdate)
            {
                errors.Add(409, ConflictMac);
                continue;
            }

            _interfaces[id] = new SmdDoubleInterface(id, mac, nic.Description, component, [nic.Ip]);
        }
    }

    private static JsonObject ToJson(SmdDoubleInterface nic) => new()
    {
        ["ID"] = nic.Id,
        ["Description"] = nic.Description,
        ["MACAddress"] = nic.MacAddress,
        ["LastUpdate"] = "2025-01-01T00:00:00.000000Z",
        ["ComponentID"] = nic.ComponentId,
        ["Type"] = nic.ComponentId.Length == 0 ? string.Empty : SmdXnames.TypeOf(nic.ComponentId) ?? string.Empty,
        ["IPAddresses"] = new JsonArray([.. nic.IpAddresses.Select(a => new JsonObject { ["IPAddress"] = a })]),
    };

    [GeneratedRegex("^([0-9A-Fa-f]{2}[:-]?){5}[0-9A-Fa-f]{2}$")]
    private static partial Regex MacPattern();
}
