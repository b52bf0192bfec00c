using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Discovery.Records.Validation;

namespace Discovery.Records.Schemas;

/// <summary>
/// Builds a record's JSON Schema: the shape from <see cref="JsonSchemaExporter"/> over the source-generated
/// contract, then, from the record's field table, descriptions and each rule's pattern, format, enum and range.
/// </summary>
internal static class SchemaBuilder
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject Build(RecordDefinition definition)
    {
        var options = new JsonSchemaExporterOptions
        {
            // Without this, list items and the root would also admit null, which no record ever holds.
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var shape = JsonSchemaExporter.GetJsonSchemaAsNode(definition.TypeInfo, options).AsObject();
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = InventorySchemas.IdPrefix + definition.Name,
            ["title"] = definition.Name,
            ["description"] = definition.Description,
        };
        MoveAll(shape, schema);
        return schema;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        if (context.PropertyInfo is { } property)
        {
            var spec = RecordDefinitions.ForType(property.DeclaringType)?.Field(property.Name);
            if (spec is null)
            {
                return node;
            }

            var result = new JsonObject { ["description"] = spec.Description };
            MoveAll(node, result);
            if (spec.ServerManaged)
            {
                result["readOnly"] = true;
            }

            if (property.PropertyType == typeof(Guid) || property.PropertyType == typeof(Guid?))
            {
                Apply(ValueRules.Uuid, result);
            }

            if (result["properties"] is not null && RecordDefinitions.ForType(property.PropertyType) is not null)
            {
                // A record-typed property (a part's status) is closed like the records themselves.
                result["additionalProperties"] = false;
            }

            if (spec.KeyRule is { } keyRule)
            {
                result["propertyNames"] = new JsonObject { ["pattern"] = keyRule.Pattern };
            }

            if (spec.Rule is { } rule)
            {
                var target = result["items"] as JsonObject ?? (spec.KeyRule is null ? result : result["additionalProperties"] as JsonObject);
                Apply(rule, target ?? result);
            }

            return result;
        }

        if (RecordDefinitions.ForType(context.TypeInfo.Type) is not null)
        {
            // Records have a closed set of fields; manifests refuse unknown ones for the same reason (typos).
            node["additionalProperties"] = false;
        }

        return node;
    }

    private static void Apply(ValueRule rule, JsonObject target)
    {
        if (rule.Pattern is { } pattern)
        {
            target["pattern"] = pattern;
        }

        if (rule.Format is { } format)
        {
            target["format"] = format;
        }

        if (rule.AllowedValues is { } values)
        {
            var allowed = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
            if (target["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
            {
                allowed.Add(null);
            }

            target["enum"] = allowed;
        }

        if (rule.Minimum is { } minimum)
        {
            target["minimum"] = minimum;
        }

        if (rule.Maximum is { } maximum)
        {
            target["maximum"] = maximum;
        }
    }

    private static void MoveAll(JsonObject from, JsonObject to)
    {
        foreach (var (key, value) in from.ToList())
        {
            from.Remove(key);
            to[key] = value;
        }
    }
}
