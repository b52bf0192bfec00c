using System.Text.Json.Nodes;
using Discovery.Records.Validation;

namespace Discovery.Records.Validation.Tests;

/// <summary>
/// Every (record, field, sample) combination: the field of a minimal record set to a rule sample, as a scalar, a
/// one-item list, a map value or a map key, depending on the field.
/// </summary>
internal static class FieldSamples
{
    public sealed record Case(RecordDefinition Record, string Field, RuleSamples.Sample Sample, JsonObject Json, Func<JsonObject, JsonNode?> ReadNormal)
    {
        public override string ToString() => $"{Record.Name}.{Field} = {Sample}";
    }

    public static IEnumerable<Case> All()
    {
        foreach (var record in RecordDefinitions.All)
        {
            foreach (var field in record.Fields)
            {
                var type = record.TypeInfo.Properties.Single(p => p.Name == field.Name).PropertyType;
                var isList = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
                if (field.KeyRule is { } keyRule)
                {
                    foreach (var sample in RuleSamples.For(keyRule))
                    {
                        var json = RecordJson.Minimal(record);
                        json[field.Name] = new JsonObject { [sample.Value!.GetValue<string>()] = "v" };
                        yield return new Case(record, field.Name, sample, json, n => JsonValue.Create(((JsonObject)n[field.Name]!).Single().Key));
                    }
                }

                if (field.Rule is not { } rule)
                {
                    continue;
                }

                foreach (var sample in RuleSamples.For(rule))
                {
                    var json = RecordJson.Minimal(record);
                    if (field.KeyRule is not null)
                    {
                        json[field.Name] = new JsonObject { ["key"] = sample.Value?.DeepClone() };
                        yield return new Case(record, field.Name, sample, json, n => n[field.Name]!["key"]);
                    }
                    else if (isList)
                    {
                        json[field.Name] = new JsonArray(sample.Value?.DeepClone());
                        yield return new Case(record, field.Name, sample, json, n => n[field.Name]![0]);
                    }
                    else
                    {
                        json[field.Name] = sample.Value?.DeepClone();
                        yield return new Case(record, field.Name, sample, json, n => n[field.Name]);
                    }
                }
            }
        }
    }
}
