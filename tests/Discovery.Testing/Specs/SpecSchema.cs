using System.Globalization;
using System.Text.Json;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Discovery.Testing.Specs;

/// <summary>
/// One schema of a Swagger 2 / OpenAPI 3 document under /work/shared/reference (found above the repository), used
/// by the service doubles to refuse bodies the real service's spec does not describe. Checks what the specs use:
/// <c>type</c>, <c>properties</c>, <c>required</c>, <c>items</c>, <c>$ref</c>, <c>enum</c>,
/// <c>additionalProperties</c>, <c>allOf</c> (properties merged) and a Swagger 2 <c>discriminator</c> (the value of
/// the named property picks the definition of that name, as SMD's HWInventory subtypes do). Stricter than the services in one way, on purpose: a property the schema does not
/// name is an error unless <c>additionalProperties</c> allows it, so a misspelt field fails the test instead of
/// being ignored by the service.
/// </summary>
public sealed class SpecSchema
{
    private readonly YamlMappingNode _root;
    private readonly YamlMappingNode _schema;

    private SpecSchema(YamlMappingNode root, YamlMappingNode schema)
    {
        _root = root;
        _schema = schema;
    }

    /// <summary>Loads <paramref name="name"/> from <c>definitions</c> (Swagger 2) or <c>components/schemas</c> (OpenAPI 3).</summary>
    /// <param name="relativePath">Path under the reference folder, e.g. <c>bss/swagger.yaml</c>.</param>
    public static SpecSchema Load(string relativePath, string name)
    {
        var root = LoadDocument(relativePath);
        return new SpecSchema(root, Definition(root, name));
    }

    /// <summary>Full path of a reference file; skips the calling test when the shared reference folder is absent.</summary>
    public static string ReferencePath(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Skip($"The service spec shared/reference/{relativePath} was not found above {AppContext.BaseDirectory}.");
        return string.Empty;
    }

    /// <summary>Every way <paramref name="value"/> breaks the schema (empty when it conforms), each with its JSON path.</summary>
    public IReadOnlyList<string> Validate(JsonElement value)
    {
        var problems = new List<string>();
        Check(_schema, value, "$", problems);
        return problems;
    }

    private static YamlMappingNode LoadDocument(string relativePath)
    {
        using var reader = new StreamReader(ReferencePath(relativePath));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Definition(YamlMappingNode root, string name)
    {
        var definitions = Child(root, "definitions") ?? (Child(root, "components") is YamlMappingNode components ? Child(components, "schemas") : null);
        return definitions is YamlMappingNode map && Child(map, name) is YamlMappingNode schema
            ? schema
            : throw new InvalidOperationException($"schema '{name}' not in the spec");
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private void Check(YamlMappingNode schema, JsonElement value, string path, List<string> problems)
    {
        if (Scalar(schema, "$ref") is { } reference)
        {
            Check(Definition(_root, reference[(reference.LastIndexOf('/') + 1)..]), value, path, problems);
            return;
        }

        if (Scalar(schema, "discriminator") is { } discriminator && value.ValueKind == JsonValueKind.Object
            && value.TryGetProperty(discriminator, out var subtype) && subtype.ValueKind == JsonValueKind.String
            && Child((YamlMappingNode)Child(_root, "definitions")!, subtype.GetString()!) is YamlMappingNode subtypeSchema && subtypeSchema != schema)
        {
            Check(subtypeSchema, value, path, problems);
            return;
        }

        if (Child(schema, "enum") is YamlSequenceNode choices && value.ValueKind == JsonValueKind.String
            && !choices.Children.OfType<YamlScalarNode>().Any(c => c.Value == value.GetString()))
        {
            problems.Add($"{path}: '{value.GetString()}' is not one of the spec's values");
        }

        var type = Scalar(schema, "type");
        if (type is not null && !IsType(value, type) && !(value.ValueKind == JsonValueKind.Null && Scalar(schema, "nullable") == "true"))
        {
            problems.Add($"{path}: expected {type}, got {value.ValueKind.ToString().ToLowerInvariant()}");
            return;
        }

        if (value.ValueKind == JsonValueKind.Array && Child(schema, "items") is YamlMappingNode items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++.ToString(CultureInfo.InvariantCulture)}]", problems);
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, problems);
        }
    }

    private void CheckObject(YamlMappingNode schema, JsonElement value, string path, List<string> problems)
    {
        var parts = WithAllOf(schema).ToList();
        var properties = parts.Select(p => Child(p, "properties") as YamlMappingNode).FirstOrDefault(p => p is not null);
        var additional = parts.Select(p => Child(p, "additionalProperties")).FirstOrDefault(a => a is not null);
        foreach (var property in value.EnumerateObject())
        {
            var propertySchema = parts.Select(p => Child(p, "properties") is YamlMappingNode named ? Child(named, property.Name) as YamlMappingNode : null)
                .FirstOrDefault(s => s is not null);
            if (propertySchema is not null)
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}", problems);
            }
            else if (additional is YamlMappingNode additionalSchema)
            {
                Check(additionalSchema, property.Value, $"{path}.{property.Name}", problems);
            }
            else if (!(additional is YamlScalarNode { Value: "true" } || (properties is null && additional is null)))
            {
                problems.Add($"{path}.{property.Name}: not a property of the spec's schema");
            }
        }

        foreach (var required in parts.Select(p => Child(p, "required")).OfType<YamlSequenceNode>())
        {
            foreach (var name in required.Children.OfType<YamlScalarNode>().Select(n => n.Value!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    problems.Add($"{path}.{name}: required by the spec, missing");
                }
            }
        }
    }

    /// <summary><paramref name="schema"/> and the schemas its <c>allOf</c> names (their own <c>allOf</c> too), <c>$ref</c>s resolved.</summary>
    private IEnumerable<YamlMappingNode> WithAllOf(YamlMappingNode schema)
    {
        yield return schema;
        foreach (var part in (Child(schema, "allOf") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [])
        {
            var resolved = Scalar(part, "$ref") is { } reference ? Definition(_root, reference[(reference.LastIndexOf('/') + 1)..]) : part;
            foreach (var inner in WithAllOf(resolved))
            {
                yield return inner;
            }
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => true,
    };
}
