using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Discovery.Records.Schemas.Tests;

/// <summary>
/// A small JSON Schema (2020-12) checker for exactly the keywords our schemas emit; any other keyword throws, so a
/// new one the exporter starts to emit cannot be silently ignored. Patterns run with .NET's ECMAScript option,
/// which refuses constructs JavaScript validators would not understand, and must match the whole value.
/// </summary>
internal static class SchemaChecker
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "format", "readOnly",
    };

    /// <summary>Every violation of <paramref name="schema"/> by <paramref name="instance"/>, as "path: keyword".</summary>
    public static List<string> Check(JsonNode schema, JsonNode? instance)
    {
        var errors = new List<string>();
        Check(schema.AsObject(), instance, "$", errors);
        return errors;
    }

    private static void Check(JsonObject schema, JsonNode? instance, string path, List<string> errors)
    {
        foreach (var (keyword, value) in schema)
        {
            switch (keyword)
            {
                case "type":
                    var types = value is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [value!.GetValue<string>()];
                    if (!types.Any(t => HasType(instance, t)))
                    {
                        errors.Add($"{path}: type {string.Join('|', types)}");
                    }

                    break;
                case "enum":
                    if (!value!.AsArray().Any(v => JsonNode.DeepEquals(v, instance)))
                    {
                        errors.Add($"{path}: enum");
                    }

                    break;
                case "pattern" when instance is JsonValue v && v.GetValueKind() == JsonValueKind.String:
                    if (!FullMatch(value!.GetValue<string>(), v.GetValue<string>()))
                    {
                        errors.Add($"{path}: pattern");
                    }

                    break;
                case "minimum" when instance is JsonValue v && v.GetValueKind() == JsonValueKind.Number:
                    if (Number(v) < value!.GetValue<double>())
                    {
                        errors.Add($"{path}: minimum");
                    }

                    break;
                case "maximum" when instance is JsonValue v && v.GetValueKind() == JsonValueKind.Number:
                    if (Number(v) > value!.GetValue<double>())
                    {
                        errors.Add($"{path}: maximum");
                    }

                    break;
                case "required" when instance is JsonObject o:
                    errors.AddRange(value!.AsArray().Select(r => r!.GetValue<string>()).Where(r => !o.ContainsKey(r)).Select(r => $"{path}.{r}: required"));
                    break;
                case "properties" when instance is JsonObject o:
                    foreach (var (name, sub) in value!.AsObject())
                    {
                        if (o.TryGetPropertyValue(name, out var member))
                        {
                            Check(sub!.AsObject(), member, $"{path}.{name}", errors);
                        }
                    }

                    break;
                case "additionalProperties" when instance is JsonObject o:
                    var declared = schema["properties"]?.AsObject();
                    foreach (var (name, member) in o)
                    {
                        if (declared?.ContainsKey(name) == true)
                        {
                            continue;
                        }

                        if (value is JsonValue allowed && !allowed.GetValue<bool>())
                        {
                            errors.Add($"{path}.{name}: additionalProperties");
                        }
                        else if (value is JsonObject sub)
                        {
                            Check(sub, member, $"{path}.{name}", errors);
                        }
                    }

                    break;
                case "propertyNames" when instance is JsonObject o:
                    foreach (var (name, _) in o)
                    {
                        Check(value!.AsObject(), JsonValue.Create(name), $"{path}.{name}(name)", errors);
                    }

                    break;
                case "items" when instance is JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Check(value!.AsObject(), a[i], $"{path}[{i}]", errors);
                    }

                    break;
                case "pattern" or "minimum" or "maximum" or "required" or "properties" or "additionalProperties" or "propertyNames" or "items":
                    break; // the keyword does not apply to this instance type
                default:
                    if (!Annotations.Contains(keyword))
                    {
                        throw new NotSupportedException($"SchemaChecker does not know the keyword '{keyword}' (at {path})");
                    }

                    break;
            }
        }
    }

    private static bool HasType(JsonNode? instance, string type) => (type, instance) switch
    {
        ("null", null) => true,
        ("object", JsonObject) => true,
        ("array", JsonArray) => true,
        ("string", JsonValue v) => v.GetValueKind() == JsonValueKind.String,
        ("boolean", JsonValue v) => v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ("number", JsonValue v) => v.GetValueKind() == JsonValueKind.Number,
        ("integer", JsonValue v) => v.GetValueKind() == JsonValueKind.Number && Number(v) == Math.Floor(Number(v)),
        _ => false,
    };

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);

    private static bool FullMatch(string pattern, string value)
    {
        var match = new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)).Match(value);
        return match.Success && match.Index == 0 && match.Length == value.Length;
    }
}
