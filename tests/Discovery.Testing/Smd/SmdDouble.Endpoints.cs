using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Discovery.Testing.Smd;

public sealed partial class SmdDouble
{
    private const string EndpointsUri = "/hsm/v2/Inventory/RedfishEndpoints/";
    private const string ConflictIdOrFqdn = "operation would conflict with an existing resource that has the same FQDN or xname ID.";

    private SmdAnswer EndpointCollection(string method, IQueryCollection query, string body) => method switch
    {
        "GET" => SmdAnswer.Json(200, new JsonObject
        {
            ["RedfishEndpoints"] = new JsonArray([.. _endpoints.Values.Where(e => Matches(e.Stored, query)).Select(e => e.Stored.DeepClone())]),
        }),
        "POST" => PostEndpoints(body),
        _ => new SmdAnswer(405),
    };

    private SmdAnswer Endpoint(string method, string xname, string body)
    {
        var id = SmdXnames.Normalize(xname);
        switch (method)
        {
            case "GET":
                return _endpoints.TryGetValue(id, out var found) ? SmdAnswer.Json(200, found.Stored.DeepClone()) : SmdAnswer.Problem(404, "no such xname.");
            case "PUT":
                return PutEndpoint(id, body);
            case "PATCH":
                return PatchEndpoint(id, body);
            case "DELETE":
                return _endpoints.Remove(id) ? SmdAnswer.Message(200, "deleted 1 entry") : SmdAnswer.Problem(404, "no such xname.");
            default:
                return new SmdAnswer(405);
        }
    }

    // smd-api.go doRedfishEndpointsPost: one endpoint or {"RedfishEndpoints":[...]}, all or none.
    private SmdAnswer PostEndpoints(string body)
    {
        JsonObject root;
        List<JsonObject> raws;
        try
        {
            root = GoJson.Object(GoJson.Parse(body), "RawRedfishEP");
            var bulk = root["RedfishEndpoints"] is JsonArray && !root.Any(p => p.Key is not "RedfishEndpoints" and not "redfishendpoints");
            raws = bulk ? [.. GoJson.Objects(root, "RedfishEndpoints")] : [root];
        }
        catch (GoJsonException ex)
        {
            return SmdAnswer.Problem(500, "error decoding JSON " + ex.Message);
        }

        var described = new List<(JsonObject Stored, JsonObject Raw)>();
        for (var i = 0; i < raws.Count; i++)
        {
            try
            {
                described.Add((SmdEndpointDescription.Describe(raws[i]), raws[i]));
            }
            catch (GoJsonException ex)
            {
                return SmdAnswer.Problem(500, "error decoding JSON " + ex.Message);
            }
            catch (SmdValidationException ex)
            {
                var at = raws.Count > 1 || raws[0] != root ? $" at idx {i}" : string.Empty;
                return SmdAnswer.Problem(400, $"couldn't validate endpoint data{at}: {ex.Message}");
            }
        }

        var ids = described.Select(d => Id(d.Stored)).ToList();
        var fqdns = described.Select(d => Fqdn(d.Stored)).ToList();
        if (ids.Distinct().Count() < ids.Count || fqdns.Distinct().Count() < fqdns.Count
            || ids.Any(_endpoints.ContainsKey) || _endpoints.Values.Any(e => fqdns.Contains(e.Fqdn)))
        {
            return SmdAnswer.Problem(409, ConflictIdOrFqdn);
        }

        foreach (var (stored, raw) in described)
        {
            _endpoints[Id(stored)] = new SmdDoubleEndpoint(stored, (JsonObject)raw.DeepClone());
        }

        var errors = new SmdErrors();
        if (raws.Count == 1 && raws[0] == root && !ParseInventory(root, ids[0], forceUpdate: false, errors))
        {
            return SmdAnswer.Text(500, "Internal Server Error");
        }

        var uris = new JsonArray([.. ids.Select(id => new JsonObject { ["URI"] = EndpointsUri + id })]);
        return errors.First ?? SmdAnswer.Json(201, uris, EndpointsUri + ids[0]);
    }

    // smd-api.go doRedfishEndpointPut: create or replace; 200 with the old-turned-new endpoint, or null when created.
    private SmdAnswer PutEndpoint(string id, string body)
    {
        JsonObject raw;
        JsonObject stored;
        try
        {
            raw = GoJson.Object(GoJson.Parse(body), "RawRedfishEP");
            var given = GoJson.String(raw, "ID");
            if (given.Length == 0)
            {
                raw = (JsonObject)raw.DeepClone();
                raw["ID"] = id;
            }
            else if (SmdXnames.Normalize(given) != id)
            {
                return SmdAnswer.Problem(400, "xname in URL and PUT body do not match");
            }

            stored = SmdEndpointDescription.Describe(raw);
        }
        catch (GoJsonException ex)
        {
            return SmdAnswer.Problem(500, "error decoding JSON " + ex.Message);
        }
        catch (SmdValidationException ex)
        {
            return SmdAnswer.Problem(400, "couldn't validate endpoint data: " + ex.Message);
        }

        var fqdn = Fqdn(stored);
        var existed = _endpoints.ContainsKey(id);
        if (_endpoints.Values.Any(e => e.Fqdn == fqdn && e.Id != id))
        {
            return SmdAnswer.Problem(409, existed ? "operation would conflict with an existing resource that has the same FQDN" : ConflictIdOrFqdn);
        }

        _endpoints[id] = new SmdDoubleEndpoint(stored, (JsonObject)raw.DeepClone());
        var errors = new SmdErrors();
        if (!ParseInventory(raw, id, forceUpdate: true, errors))
        {
            return SmdAnswer.Text(500, "Internal Server Error");
        }

        return errors.First ?? SmdAnswer.Json(200, existed ? stored.DeepClone() : null);
    }

    private SmdAnswer PatchEndpoint(string id, string body)
    {
        if (!_endpoints.TryGetValue(id, out var current))
        {
            return SmdAnswer.Problem(404, "No such entry: " + id);
        }

        try
        {
            var patch = GoJson.Object(GoJson.Parse(body), "RedfishEndpointPatch");
            var merged = (JsonObject)current.Body.DeepClone();
            foreach (var (name, value) in patch)
            {
                merged[name] = value?.DeepClone();
            }

            var stored = SmdEndpointDescription.Describe(merged);
            _endpoints[id] = new SmdDoubleEndpoint(stored, merged);
            return SmdAnswer.Json(200, stored.DeepClone());
        }
        catch (GoJsonException ex)
        {
            return SmdAnswer.Problem(500, "error decoding JSON " + ex.Message);
        }
        catch (SmdValidationException ex)
        {
            return SmdAnswer.Problem(400, ex.Message);
        }
    }

    /// <summary>
    /// smd-api.go <c>getSchemaVersion</c> then <c>parseRedfishEndpointDataV2</c>. False when SMD would panic: a
    /// <c>SchemaVersion</c> key (matched exactly, it is a map lookup) whose value is not a number.
    /// </summary>
    private bool ParseInventory(JsonObject raw, string id, bool forceUpdate, SmdErrors errors)
    {
        var version = raw.FirstOrDefault(p => p.Key == "SchemaVersion");
        if (version.Key is null)
        {
            return true;
        }

        if (version.Value is not JsonValue number || number.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if ((int)number.GetValue<double>() <= 0)
        {
            return true;
        }

        List<IReadOnlyList<SmdNic>> managers;
        List<(string Uuid, IReadOnlyList<SmdNic> Nics)> systems;
        try
        {
            managers = [.. GoJson.Objects(raw, "Managers").Select(SmdNic.ListOf)];
            systems = [.. GoJson.Objects(raw, "Systems").Select(s => (GoJson.String(s, "uuid"), SmdNic.ListOf(s)))];
        }
        catch (GoJsonException ex)
        {
            errors.Add(500, "failed to unmarshal Redfish data: " + ex.Message);
            return true;
        }

        foreach (var nics in managers)
        {
            _components[id] = new SmdDoubleComponent(id, "NodeBMC", string.Empty, null);
            AddInterfaces(id, nics, forceUpdate, errors);
        }

        // Systems are de-duplicated by uuid: entries with an equal (or empty) uuid collapse into one node.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (uuid, nics) in systems)
        {
            if (seen.Add(uuid))
            {
                var node = $"{id}n{seen.Count - 1}";
                AddInterfaces(node, nics, forceUpdate, errors);
                _components[node] = new SmdDoubleComponent(node, "Node", "On", seen.Count);
            }
        }

        return true;
    }

    private static bool Matches(JsonObject stored, IQueryCollection query)
    {
        foreach (var (name, values) in query)
        {
            var field = name.ToLowerInvariant() switch
            {
                "id" => "ID",
                "fqdn" => "FQDN",
                "type" => "Type",
                "uuid" => "UUID",
                "macaddr" => "MACAddr",
                "ipaddress" => "IPAddress",
                _ => null,
            };
            var value = field is null ? null : stored[field]?.GetValue<string>();
            if (field is not null && !values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Id(JsonObject stored) => stored["ID"]!.GetValue<string>();

    private static string Fqdn(JsonObject stored) => stored["FQDN"]!.GetValue<string>();
}
