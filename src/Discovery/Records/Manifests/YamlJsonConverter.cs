using System.Globalization;
using System.Text.Json.Nodes;
using Discovery.Records.Validation;
using Discovery.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Discovery.Records.Manifests;

/// <summary>
/// Converts the YAML of a manifest's fields to JSON typed by the record's contract, recording each field's line.
/// Typing by the contract, not by YAML's own rules, keeps <c>hostname: 0123</c> or <c>name: no</c> the text written,
/// and makes a quoted number (<c>port: "443"</c>) the error it is in JSON.
/// </summary>
internal sealed class YamlJsonConverter(Dictionary<string, int> lines, List<(string Field, int Line, string Message)> errors)
{
    /// <summary>Converts the fields of <paramref name="map"/> except <paramref name="skip"/>; unknown fields are errors.</summary>
    public JsonObject ConvertRecord(YamlMappingNode map, RecordDefinition definition, string path, ICollection<string>? ignored, string? skip = null)
    {
        var result = new JsonObject();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null || key == skip)
            {
                if (key is null)
                {
                    errors.Add((path, Line(keyNode), "field names must be plain text"));
                }

                continue;
            }

            var fieldPath = path.Length == 0 ? key : $"{path}.{key}";
            lines[fieldPath] = Line(keyNode);
            var spec = definition.Field(key);
            var property = definition.TypeInfo.Properties.FirstOrDefault(p => p.Name == key);
            if (spec is null || property is null)
            {
                var suggestion = FieldNameSuggester.Suggest(key, definition.Fields.Select(f => f.Name));
                errors.Add((fieldPath, Line(keyNode), $"unknown field for {definition.Name}" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")));
                continue;
            }

            if (spec.ServerManaged && ignored is not null)
            {
                ignored.Add(key);
                continue;
            }

            result[key] = Convert(valueNode, property.PropertyType, spec, fieldPath);
        }

        return result;
    }

    private JsonNode? Convert(YamlNode node, Type type, FieldSpec spec, string path)
    {
        if (IsNull(node))
        {
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsEnum)
        {
            return Scalar(node, path, "text", text => JsonValue.Create(text), quotedAllowed: true);
        }

        if (type == typeof(Guid))
        {
            return Scalar(node, path, "a UUID", text => Guid.TryParse(text, out var id) ? JsonValue.Create(id.ToString()) : null, quotedAllowed: true);
        }

        if (type == typeof(int) || type == typeof(long))
        {
            var isInt = type == typeof(int);
            return Scalar(node, path, "a whole number", text =>
                long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && (!isInt || n is >= int.MinValue and <= int.MaxValue)
                    ? JsonValue.Create(n)
                    : null);
        }

        if (type == typeof(double))
        {
            return Scalar(node, path, "a number", text =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? JsonValue.Create(d) : null);
        }

        if (type == typeof(bool))
        {
            return Scalar(node, path, "true or false", text =>
                bool.TryParse(text, out var b) ? JsonValue.Create(b) : null);
        }

        if (type == typeof(IReadOnlyList<string>))
        {
            return List(node, path, (item, itemPath) => Scalar(item, itemPath, "text", text => JsonValue.Create(text), quotedAllowed: true));
        }

        if (spec.Items is { } records && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return RecordMap(node, path, records);
        }

        if (spec.Items is { } record)
        {
            return List(node, path, (item, itemPath) => item is YamlMappingNode map
                ? ConvertRecord(map, record, itemPath, ignored: null)
                : Fail(item, itemPath, $"must be a mapping of {record.Name} fields"));
        }

        if (type == typeof(IReadOnlyDictionary<string, string>))
        {
            return Map(node, path);
        }

        throw new InvalidOperationException($"manifests cannot read {type} fields ({path})");
    }

    private JsonNode? Scalar(YamlNode node, string path, string what, Func<string, JsonNode?> parse, bool quotedAllowed = false)
    {
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            return Fail(node, path, $"must be {what}, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
        }

        if (!quotedAllowed && scalar.Style is not ScalarStyle.Plain)
        {
            return Fail(node, path, $"must be {what}, not quoted text");
        }

        return parse(text) ?? Fail(node, path, $"{QuotedValue.Of(text)} is not {what}");
    }

    private JsonArray? List(YamlNode node, string path, Func<YamlNode, string, JsonNode?> item)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return (JsonArray?)Fail(node, path, "must be a list ([a, b], or one '- item' per line)");
        }

        var result = new JsonArray();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            lines[itemPath] = Line(sequence.Children[i]);
            result.Add(IsNull(sequence.Children[i]) ? Fail(sequence.Children[i], itemPath, "is empty; list items must have a value") : item(sequence.Children[i], itemPath));
        }

        return result;
    }

    private JsonObject? Map(YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            return (JsonObject?)Fail(node, path, "must be a mapping of names to text (key: value)");
        }

        var result = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            var entryPath = $"{path}.{name}";
            lines[entryPath] = Line(key);
            result[name] = IsNull(value)
                ? Fail(value, entryPath, "has no value (use \"\" for an empty one)")
                : Scalar(value, entryPath, "text", text => JsonValue.Create(text), quotedAllowed: true);
        }

        return result;
    }

    /// <summary>A map of names to nested records (a template's boot sets), each field's line recorded under <c>path.name.field</c>.</summary>
    private JsonObject? RecordMap(YamlNode node, string path, RecordDefinition record)
    {
        if (node is not YamlMappingNode map)
        {
            return (JsonObject?)Fail(node, path, $"must be a mapping of names to {record.Name}s (name: then its fields)");
        }

        var result = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            var entryPath = $"{path}.{name}";
            lines[entryPath] = Line(key);
            result[name] = value is YamlMappingNode fields
                ? ConvertRecord(fields, record, entryPath, ignored: null)
                : Fail(value, entryPath, $"must be a mapping of {record.Name} fields");
        }

        return result;
    }

    private JsonNode? Fail(YamlNode node, string path, string message)
    {
        errors.Add((path, Line(node), message));
        return null;
    }

    /// <summary>YAML's null: <c>~</c>, <c>null</c> in its three spellings, or nothing at all, unquoted.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    internal static int Line(YamlNode node) => (int)Math.Min(node.Start.Line, int.MaxValue);
}
