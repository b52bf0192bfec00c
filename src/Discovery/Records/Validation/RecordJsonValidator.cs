using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Text;

namespace Discovery.Records.Validation;

/// <summary>
/// Applies a record's field table to its JSON: checks every present value and replaces it with its normal form in
/// place. The JSON already has the right shape (it was serialised from a record, or converted from a manifest
/// by the record's contract), so only the rules are checked here, not types.
/// </summary>
internal static class RecordJsonValidator
{
    /// <summary>
    /// Validates and normalises <paramref name="json"/>. With <paramref name="requireAll"/> the C#-required fields
    /// must be present; without it (a manifest document names only some fields) only present values are checked.
    /// Returns whether any value was replaced by its normal form (callers skip rebuilding a record that was
    /// already normal).
    /// </summary>
    public static bool Validate(JsonObject json, RecordDefinition definition, string path, bool requireAll, List<FieldError> errors)
    {
        var changed = false;
        foreach (var (name, value) in json.ToList())
        {
            var fieldPath = Join(path, name);
            var spec = definition.Field(name);
            if (spec is null)
            {
                errors.Add(new FieldError(fieldPath, $"is not a field of {definition.Name}"));
            }
            else if (value is null)
            {
                if (definition.Required.Contains(name))
                {
                    errors.Add(new FieldError(fieldPath, "is required and cannot be null"));
                }
            }
            else
            {
                var normal = Check(value, spec, fieldPath, requireAll, errors, ref changed);
                if (!ReferenceEquals(normal, value))
                {
                    json[name] = normal;
                    changed = true;
                }
            }
        }

        if (requireAll)
        {
            foreach (var name in definition.Required.Where(n => !json.ContainsKey(n)).Order(StringComparer.Ordinal))
            {
                errors.Add(new FieldError(Join(path, name), "is required"));
            }
        }

        return changed;
    }

    /// <summary>The normal form of <paramref name="value"/>: the same node when it is normal already (nested records are normalised in place, which sets <paramref name="changed"/>).</summary>
    private static JsonNode Check(JsonNode value, FieldSpec spec, string path, bool requireAll, List<FieldError> errors, ref bool changed)
    {
        switch (value)
        {
            case JsonArray list:
                return CheckList(list, spec, path, requireAll, errors, ref changed);
            case JsonObject map when spec.Items is { } record:
                // A map of nested records (a template's boot sets): each value is validated in place.
                foreach (var (key, item) in map)
                {
                    if (item is JsonObject itemObject)
                    {
                        changed |= Validate(itemObject, record, $"{path}.{key}", requireAll, errors);
                    }
                }

                return map;
            case JsonObject map:
                return CheckMap(map, spec, path, errors);
            default:
                return CheckScalar(value.AsValue(), spec.Rule, path, errors);
        }
    }

    private static JsonArray CheckList(JsonArray list, FieldSpec spec, string path, bool requireAll, List<FieldError> errors, ref bool changed)
    {
        var items = new List<JsonNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = list[i];
            if (item is null)
            {
                errors.Add(new FieldError(itemPath, "is null; list items must have a value"));
            }
            else if (spec.Items is { } record && item is JsonObject itemObject)
            {
                changed |= Validate(itemObject, record, itemPath, requireAll, errors);
                items.Add(itemObject);
            }
            else
            {
                items.Add(CheckScalar(item.AsValue(), spec.Rule, itemPath, errors));
            }
        }

        IReadOnlyList<JsonNode> result = items;
        if (spec.IsSet)
        {
            result = [.. items.DistinctBy(i => i.ToJsonString(), StringComparer.Ordinal).OrderBy(i => i.ToJsonString(), StringComparer.Ordinal)];
        }

        if (result.Count == list.Count && result.Select((item, i) => ReferenceEquals(item, list[i])).All(same => same))
        {
            return list;
        }

        return new JsonArray([.. result.Select(i => i.Parent is null ? i : i.DeepClone())]);
    }

    private static JsonObject CheckMap(JsonObject map, FieldSpec spec, string path, List<FieldError> errors)
    {
        var entries = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            var entryPath = $"{path}.{key}";
            if (spec.KeyRule is { } keyRule && keyRule.Check(key, out var keyProblem) is null)
            {
                errors.Add(Error(path, keyProblem!, "key "));
                continue;
            }

            entries[key] = value is null ? null : CheckScalar(value.AsValue(), spec.Rule, entryPath, errors);
        }

        if (entries.Count == map.Count && entries.Zip(map).All(pair => pair.First.Key == pair.Second.Key && ReferenceEquals(pair.First.Value, pair.Second.Value)))
        {
            return map;
        }

        var result = new JsonObject();
        foreach (var (key, value) in entries)
        {
            result[key] = value?.Parent is null ? value : value.DeepClone();
        }

        return result;
    }

    private static JsonValue CheckScalar(JsonValue value, ValueRule? rule, string path, List<FieldError> errors)
    {
        if (rule is null)
        {
            return value;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                var normal = rule.Check(value.GetValue<string>(), out var problem);
                if (problem is not null)
                {
                    errors.Add(Error(path, problem));
                    return value;
                }

                return normal == value.GetValue<string>() ? value : JsonValue.Create(normal)!;
            // Through the JSON text: GetValue<double> does not convert a JsonValue created from an int.
            case JsonValueKind.Number when rule.Check(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture)) is { } numberProblem:
                errors.Add(Error(path, numberProblem));
                return value;
            default:
                return value;
        }
    }

    private static FieldError Error(string path, FieldProblem problem, string subject = "") =>
        problem.Value is null
            ? new FieldError(path, $"{subject}value {problem.Message} (the value is not shown: it may hold a secret)")
            : new FieldError(path, $"{subject}{QuotedValue.Of(problem.Value)} {problem.Message}", problem.Value);

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
