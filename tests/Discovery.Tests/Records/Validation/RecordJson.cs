using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Records;
using Discovery.Records.Validation;

namespace Discovery.Records.Validation.Tests;

/// <summary>Runs record JSON through deserialisation and <see cref="InventoryValidator"/>, as the API would.</summary>
internal static class RecordJson
{
    public sealed record Outcome(bool Deserialized, IReadOnlyList<FieldError> Errors, JsonObject? Normal)
    {
        public bool Valid => Deserialized && Errors.Count == 0;
    }

    private static readonly JsonSerializerOptions Strict = new(InventoryJsonContext.Default.Options)
    {
        TypeInfoResolver = InventoryJsonContext.Default,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The smallest valid JSON of each record kind.</summary>
    public static JsonObject Minimal(RecordDefinition definition) => definition.Name switch
    {
        "Bmc" => new JsonObject { ["id"] = "6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01", ["ip"] = "10.0.0.21" },
        "NodeGroup" or "BootProfile" or "SessionTemplate" => new JsonObject { ["id"] = "6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01", ["name"] = "sample" },
        _ => new JsonObject { ["id"] = "6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01" },
    };

    /// <summary>Reads strictly, as the API should (unknown members refused), then validates.</summary>
    public static Outcome Validate(RecordDefinition definition, JsonObject json)
    {
        object? record;
        try
        {
            record = JsonSerializer.Deserialize(json, Strict.GetTypeInfo(definition.TypeInfo.Type));
        }
        catch (JsonException)
        {
            return new Outcome(false, [], null);
        }

        return record switch
        {
            ComputeNode node => Result(InventoryValidator.Validate(node), InventoryJsonContext.Default.ComputeNode),
            Bmc bmc => Result(InventoryValidator.Validate(bmc), InventoryJsonContext.Default.Bmc),
            NetworkInterface nic => Result(InventoryValidator.Validate(nic), InventoryJsonContext.Default.NetworkInterface),
            NodeGroup group => Result(InventoryValidator.Validate(group), InventoryJsonContext.Default.NodeGroup),
            BootProfile profile => Result(InventoryValidator.Validate(profile), InventoryJsonContext.Default.BootProfile),
            SessionTemplate template => Result(InventoryValidator.Validate(template), InventoryJsonContext.Default.SessionTemplate),
            _ => throw new InvalidOperationException($"not a record: {record}"),
        };
    }

    private static Outcome Result<T>(ValidationResult<T> result, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class =>
        new(true, result.Errors, result.Value is null ? null : JsonSerializer.SerializeToNode(result.Value, typeInfo)!.AsObject());
}
