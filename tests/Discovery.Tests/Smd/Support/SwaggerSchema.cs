using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Discovery.Smd.Tests.Support;

/// <summary>
/// Validates JSON against a definition of a Swagger 2.0 document (SMD's swagger_v2.yaml): <c>$ref</c>, <c>type</c>,
/// <c>properties</c>, <c>required</c>, <c>items</c>, <c>enum</c>, <c>pattern</c>, and <c>readOnly</c> (which a
/// request body must not carry) where the definition marks the property itself read-only (RedfishEndpoint's
/// <c>DiscoveryInfo</c>); the shared types <c>HMSType.1.0.0</c> and <c>UUID.1.0.0</c> are marked read-only for
/// their use in component responses, while the RedfishEndpoint definition says its <c>Type</c> "may be left blank"
/// on create and SMD stores the <c>UUID</c> it is sent. Property names match case-insensitively, as SMD's decoder matches them (the
/// swagger says <c>MacRequired</c>, SMD's struct <c>MACRequired</c>). Stricter than Swagger in one way: a property
/// the definition does not list is an error unless named in <c>extensions</c>, so a misspelt key cannot pass.
/// </summary>
internal sealed class SwaggerSchema
{
    private readonly YamlMappingNode _definitions;

    private SwaggerSchema(YamlMappingNode definitions) => _definitions = definitions;

    public static SwaggerSchema Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new SwaggerSchema((YamlMappingNode)root.Children[new YamlScalarNode("definitions")]);
    }

    /// <summary>Every violation of <paramref name="definition"/> in <paramref name="value"/>, as <c>path: problem</c>.</summary>
    public IReadOnlyList<string> Validate(JsonElement value, string definition, IReadOnlySet<string>? extensions = null)
    {
        var errors = new List<string>();
        Check(value, Definition(definition), "$", errors, extensions ?? new HashSet<string>());
        return errors;
    }

    private YamlMappingNode Definition(string name) =>
        _definitions.Children.TryGetValue(new YamlScalarNode(name), out var node)
            ? (YamlMappingNode)node
            : throw new KeyNotFoundException($"swagger has no definition {name}");

    private YamlMappingNode Resolve(YamlMappingNode schema)
    {
        while (Scalar(schema, "$ref") is { } reference)
        {
            schema = Definition(reference["#/definitions/".Length..]);
        }

        return schema;
    }

    private void Check(JsonElement value, YamlMappingNode schema, string path, List<string> errors, IReadOnlySet<string> extensions)
    {
        schema = Resolve(schema);
        switch (Scalar(schema, "type"))
        {
            case "object" or null when Child(schema, "properties") is YamlMappingNode properties:
                CheckObject(value, schema, properties, path, errors, extensions);
                return;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    errors.Add($"{path}: {value.ValueKind}, not an array");
                    return;
                }

                var items = (YamlMappingNode)Child(schema, "items")!;
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, items, $"{path}[{i++}]", errors, new HashSet<string>());
                }

                return;
            case "string" when value.ValueKind != JsonValueKind.String:
            case "boolean" when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
            case "number" when value.ValueKind != JsonValueKind.Number:
            case "integer" when value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _):
                errors.Add($"{path}: {value.ValueKind}, not {Scalar(schema, "type")}");
                return;
            default:
                break;
        }

        if (Child(schema, "enum") is YamlSequenceNode allowed && !allowed.Children.OfType<YamlScalarNode>().Any(a => a.Value == Text(value)))
        {
            errors.Add($"{path}: '{Text(value)}' is not one of the enum values");
        }

        if (Scalar(schema, "pattern") is { } pattern && value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, pattern))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern}");
        }
    }

    private void CheckObject(JsonElement value, YamlMappingNode schema, YamlMappingNode properties, string path, List<string> errors, IReadOnlySet<string> extensions)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: {value.ValueKind}, not an object");
            return;
        }

        var byName = properties.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => (YamlMappingNode)p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var property in value.EnumerateObject())
        {
            if (!byName.TryGetValue(property.Name, out var propertySchema))
            {
                if (!extensions.Contains(property.Name))
                {
                    errors.Add($"{path}.{property.Name}: not a property of the definition");
                }

                continue;
            }

            if (Scalar(propertySchema, "readOnly") == "true")
            {
                errors.Add($"{path}.{property.Name}: read-only, must not be sent");
            }

            Check(property.Value, propertySchema, $"{path}.{property.Name}", errors, new HashSet<string>());
        }

        if (Child(schema, "required") is YamlSequenceNode required)
        {
            foreach (var name in required.Children.OfType<YamlScalarNode>().Select(n => n.Value!))
            {
                if (!value.EnumerateObject().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add($"{path}: required property {name} is missing");
                }
            }
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        (Child(node, key) as YamlScalarNode)?.Value?.ToString(CultureInfo.InvariantCulture);
}
