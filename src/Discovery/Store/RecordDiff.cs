using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Discovery.Store;

/// <summary>
/// Field-level differences between two versions of a record, over their JSON form, so the paths are the
/// snake_case names people see (<c>hostname</c>, <c>network_interfaces[eth0].ipv4_addresses</c>,
/// <c>boot_profile.kernel_url</c>). Seen-times and ids are bookkeeping, not changes. Arrays of objects with an
/// <c>id</c> (NICs) are matched by id and named by their <c>name</c>, else MAC, else id; other arrays compare whole.
/// </summary>
internal static class RecordDiff
{
    private static readonly HashSet<string> Ignored =
        new(["id", "owner_id", "first_seen", "last_seen", "last_updated",
            // A node's parts have their own history (added, removed, moved, firmware changed): see PartHistory.
            "processors", "memory", "accelerators", "drives", "pcie_devices", "firmware", "empty_slots"], StringComparer.Ordinal);

    // cloud-init user-data may carry passwords: history keeps its size and hash, never its text.
    private static readonly HashSet<string> Hashed = new(["user_data"], StringComparer.Ordinal);

    public static IReadOnlyList<FieldChange> Compare(JsonElement? before, JsonElement? after)
    {
        var changes = new List<FieldChange>();
        CompareObjects(string.Empty, before, after, changes);
        return changes;
    }

    /// <summary>Every field of a new record, as changes from nothing.</summary>
    public static IReadOnlyList<FieldChange> Added(JsonElement after) => Compare(null, after);

    private static void CompareObjects(string prefix, JsonElement? before, JsonElement? after, List<FieldChange> changes)
    {
        var old = Properties(before);
        var current = Properties(after);
        // In the record's own field order (the new version's, then fields only the old one had).
        var names = current.Keys.Union(old.Keys).Where(n => !Ignored.Contains(n)).ToList();
        foreach (var name in names)
        {
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            old.TryGetValue(name, out var a);
            current.TryGetValue(name, out var b);
            CompareValues(path, name, a, b, changes);
        }
    }

    private static void CompareValues(string path, string name, JsonElement a, JsonElement b, List<FieldChange> changes)
    {
        var aKind = a.ValueKind;
        var bKind = b.ValueKind;
        if (aKind == JsonValueKind.Object && bKind == JsonValueKind.Object)
        {
            CompareObjects(path, a, b, changes);
            return;
        }

        if (aKind == JsonValueKind.Array && bKind == JsonValueKind.Array && IsKeyedArray(a) && IsKeyedArray(b))
        {
            CompareKeyedArrays(path, a, b, changes);
            return;
        }

        var before = Text(name, a);
        var after = Text(name, b);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(path, before, after));
        }
    }

    private static void CompareKeyedArrays(string path, JsonElement a, JsonElement b, List<FieldChange> changes)
    {
        var before = a.EnumerateArray().ToDictionary(Id, StringComparer.Ordinal);
        var after = b.EnumerateArray().ToDictionary(Id, StringComparer.Ordinal);
        foreach (var id in before.Keys.Union(after.Keys))
        {
            var hasBefore = before.TryGetValue(id, out var old);
            var hasAfter = after.TryGetValue(id, out var current);
            var itemPath = $"{path}[{Label(hasAfter ? current : old)}]";
            if (hasBefore && hasAfter)
            {
                CompareObjects(itemPath, old, current, changes);
            }
            else
            {
                changes.Add(new FieldChange(itemPath, hasBefore ? Compact(old) : null, hasAfter ? Compact(current) : null));
            }
        }
    }

    private static bool IsKeyedArray(JsonElement array) =>
        array.GetArrayLength() > 0 && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out _));

    private static string Id(JsonElement item) => item.GetProperty("id").ToString();

    private static string Label(JsonElement item)
    {
        foreach (var key in new[] { "name", "mac_address", "id" })
        {
            if (item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return "?";
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement? element)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (element is { ValueKind: JsonValueKind.Object } value)
        {
            foreach (var property in value.EnumerateObject())
            {
                // Null, absent and an empty list all mean "nothing here".
                if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                    && !(property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0)
                    && !(property.Value.ValueKind == JsonValueKind.Object && !property.Value.EnumerateObject().Any()))
                {
                    properties[property.Name] = property.Value;
                }
            }
        }

        return properties;
    }

    private static string? Text(string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        if (Hashed.Contains(name) && value.ValueKind == JsonValueKind.String)
        {
            var bytes = Encoding.UTF8.GetBytes(value.GetString() ?? string.Empty);
            return $"\"<{bytes.Length} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]}>\"";
        }

        return Compact(value);
    }

    private static string Compact(JsonElement value) => value.GetRawText() is var raw && raw.Contains('\n', StringComparison.Ordinal)
        ? JsonSerializer.Serialize(value, StorageJsonContext.Default.JsonElement)
        : raw;
}
