using System.Text.Json.Nodes;
using Discovery.Records.Validation;

namespace Discovery.Records.Manifests;

/// <summary>Compares two records' JSON field by field; absent and null are the same, lists and maps compare whole.</summary>
internal static class RecordDiff
{
    public static List<FieldChange> Compare(JsonObject? before, JsonObject after, RecordDefinition definition)
    {
        var changes = new List<FieldChange>();
        foreach (var field in definition.Fields)
        {
            var old = before?[field.Name];
            var now = after[field.Name];
            // A new record's empty lists and maps are defaults, not something the document set.
            if (before is null && now is JsonArray { Count: 0 } or JsonObject { Count: 0 })
            {
                continue;
            }

            if (!JsonNode.DeepEquals(old, now))
            {
                changes.Add(new FieldChange(field.Name, old?.ToJsonString(), now?.ToJsonString()));
            }
        }

        return changes;
    }
}
