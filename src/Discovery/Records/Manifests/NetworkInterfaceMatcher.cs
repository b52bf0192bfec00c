using System.Text.Json.Nodes;
using Discovery.Text;

namespace Discovery.Records.Manifests;

/// <summary>
/// Completes the network interfaces a document lists for a node or BMC: each keeps the id of the existing interface
/// with the same MAC (else the same name), or gets a new one, and is owned by the record. That is what makes a
/// repeated apply "no change" although documents rarely carry interface ids.
/// </summary>
internal static class NetworkInterfaceMatcher
{
    public static JsonArray Complete(
        JsonArray given, JsonArray? existing, string ownerId, string ownerKind, Func<Guid> newId, string field, List<(string Field, string Message)> errors)
    {
        var previous = existing?.OfType<JsonObject>().ToList() ?? [];
        var result = new JsonArray();
        for (var i = 0; i < given.Count; i++)
        {
            var nic = given[i]!.DeepClone().AsObject();
            var path = $"{field}[{i}]";
            CheckOwner(nic, "owner_id", ownerId, $"is not the id of this record ({ownerId})", path, errors);
            CheckOwner(nic, "owner_kind", ownerKind, $"does not match the record kind ({ownerKind})", path, errors);
            nic["owner_id"] = ownerId;
            nic["owner_kind"] = ownerKind;
            nic["id"] ??= Match(nic, previous, "mac_address") ?? Match(nic, previous, "name") ?? newId().ToString();
            result.Add((JsonNode)nic); // Add(JsonNode), not Add<T>: the generic one needs reflection (NativeAOT)
        }

        return result;
    }

    private static void CheckOwner(JsonObject nic, string field, string expected, string message, string path, List<(string, string)> errors)
    {
        if (nic[field] is JsonValue value && value.GetValue<string>() != expected)
        {
            errors.Add(($"{path}.{field}", $"{QuotedValue.Of(value.GetValue<string>())} {message}"));
        }
    }

    private static string? Match(JsonObject nic, List<JsonObject> previous, string key)
    {
        if (nic[key] is not JsonValue wanted)
        {
            return null;
        }

        var text = wanted.GetValue<string>();
        return previous.FirstOrDefault(p => p[key] is JsonValue v && v.GetValue<string>() == text)?["id"]?.GetValue<string>();
    }
}
