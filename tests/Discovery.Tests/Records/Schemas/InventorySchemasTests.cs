using System.Text.Json.Nodes;
using Discovery.Records.Schemas;
using Discovery.Records.Validation;
using Discovery.Records.Validation.Tests;

namespace Discovery.Records.Schemas.Tests;

public sealed class InventorySchemasTests
{
    [Fact]
    public void Names_AreTheSixRecordKindsThenTheParts()
    {
        Assert.Equal(
            ["ComputeNode", "Bmc", "NetworkInterface", "NodeGroup", "BootProfile", "SessionTemplate", "Processor", "MemoryModule", "Accelerator", "Drive", "PcieDevice", "FirmwareItem"],
            InventorySchemas.Names);
    }

    [Fact]
    public void Get_EverySchema_HasDraftIdTitleAndADescriptionOnEveryProperty()
    {
        foreach (var name in InventorySchemas.Names)
        {
            var schema = JsonNode.Parse(InventorySchemas.Get(name))!.AsObject();

            Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
            Assert.Equal($"urn:discover:schemas:{name}", (string?)schema["$id"]);
            Assert.Equal(name, (string?)schema["title"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)schema["description"]));
            Assert.False(schema["additionalProperties"]!.GetValue<bool>());
            foreach (var (property, body) in schema["properties"]!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)body!["description"]), $"{name}.{property} has no description");
            }
        }
    }

    [Fact]
    public void Get_ComputeNode_CarriesTheRuleTablesKeywords()
    {
        var schema = JsonNode.Parse(InventorySchemas.Get("ComputeNode"))!;
        var properties = schema["properties"]!;

        Assert.Equal(RulePatterns.NodeXname, (string?)properties["xname"]!["pattern"]);
        Assert.Equal(
            ["x86_64", "aarch64", "ppc64le", "riscv64", "x86", "arm", "ia64", null],
            properties["arch"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(0, (double?)properties["memory_gib"]!["minimum"]);
        Assert.Equal(RulePatterns.Name, (string?)properties["groups"]!["items"]!["pattern"]);
        Assert.True((bool?)properties["last_seen"]!["readOnly"]);
        Assert.Equal(["id"], schema["required"]!.AsArray().Select(v => (string?)v));
        var nic = properties["network_interfaces"]!["items"]!;
        Assert.Equal(4094, (double?)nic["properties"]!["vlan_id"]!["maximum"]);
        Assert.False((bool?)nic["additionalProperties"]);
    }

    [Fact]
    public void Get_MemoryModule_CommonFieldsFirstEveryFieldReadOnlyStatusClosed()
    {
        var schema = JsonNode.Parse(InventorySchemas.Get("MemoryModule"))!;
        var properties = schema["properties"]!.AsObject();

        Assert.Equal(
            ["id", "kind", "owner_id", "owner_kind", "location", "manufacturer", "model", "serial_number", "part_number", "status", "redfish_uri",
                "capacity_mib", "memory_type", "speed_mhz"],
            properties.Select(p => p.Key));
        Assert.All(properties, p => Assert.True((bool?)p.Value!["readOnly"], p.Key));
        Assert.Equal(["state", "health"], properties["status"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.False((bool?)properties["status"]!["additionalProperties"]);
        var node = JsonNode.Parse(InventorySchemas.Get("ComputeNode"))!["properties"]!;
        Assert.Equal("SATA, SAS, NVMe, ... (Protocol).", (string?)node["drives"]!["items"]!["properties"]!["protocol"]!["description"]);
    }

    [Fact]
    public void Get_UnknownName_ThrowsListingTheNames()
    {
        var error = Assert.Throws<ArgumentException>(() => InventorySchemas.Get("computenode"));

        Assert.StartsWith("no schema named 'computenode' (expected one of ComputeNode, Bmc, NetworkInterface, NodeGroup, BootProfile, SessionTemplate, Processor", error.Message, StringComparison.Ordinal);
        Assert.False(InventorySchemas.TryGet("Node", out _));
    }

    [Fact]
    public void SchemaAndValidator_AgreeOnEveryRuleSampleInEveryField()
    {
        var disagreements = new List<string>();
        foreach (var c in FieldSamples.All())
        {
            var schema = JsonNode.Parse(InventorySchemas.Get(c.Record.Name))!;
            var bySchema = SchemaChecker.Check(schema, c.Json);
            var byValidator = RecordJson.Validate(c.Record, c.Json);
            if (bySchema.Count == 0 != c.Sample.Good || byValidator.Valid != c.Sample.Good)
            {
                disagreements.Add($"{c}: expected {(c.Sample.Good ? "valid" : "invalid")}; schema says [{string.Join(", ", bySchema)}], validator [{string.Join("; ", byValidator.Errors)}]{(byValidator.Deserialized ? string.Empty : " (not deserialisable)")}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    public static TheoryData<string, string, bool> ShapeSamples => new()
    {
        { "ComputeNode", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","hostname":"n1","memory_gib":512.5}""", true },
        { "ComputeNode", """{"hostname":"n1"}""", false },
        { "ComputeNode", """{"id":"not-a-guid"}""", false },
        { "ComputeNode", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","hostnmae":"n1"}""", false },
        { "ComputeNode", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","processor_count":"2"}""", false },
        { "ComputeNode", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","network_interfaces":[{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a02","vlan_id":4094}]}""", true },
        { "ComputeNode", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","network_interfaces":[{"vlan_id":12}]}""", false },
        { "ComputeNode", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","network_interfaces":[{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a02","speed":1}]}""", false },
        { "Bmc", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01"}""", false },
        { "Bmc", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","ip":"10.0.0.21","port":8443,"mac":"aa-bb-cc-dd-ee-ff"}""", true },
        { "NodeGroup", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","name":null}""", false },
        { "NodeGroup", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","name":"g","labels":{"role":"gpu","zone":"a"}}""", true },
        { "BootProfile", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01"}""", false },
        { "BootProfile", """{"id":"6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01","name":"rocky9","kernel_url":"http://10.0.0.1/vmlinuz","user_data":"#cloud-config\n"}""", true },
    };

    [Theory]
    [MemberData(nameof(ShapeSamples))]
    public void SchemaAndApiReading_AgreeOnShape(string kind, string json, bool good)
    {
        var instance = JsonNode.Parse(json)!.AsObject();
        var definition = RecordDefinitions.ForName(kind)!;

        var bySchema = SchemaChecker.Check(JsonNode.Parse(InventorySchemas.Get(kind))!, instance);
        // The API reads bodies strictly: unknown members are refused, as the schema's additionalProperties says.
        var byValidator = RecordJson.Validate(definition, instance);

        Assert.Equal(good, bySchema.Count == 0);
        Assert.Equal(good, byValidator.Valid);
    }

    [Fact]
    public void All_IsEverySchemaKeyedByName_InNamesOrder()
    {
        var all = JsonNode.Parse(InventorySchemas.All())!.AsObject();

        Assert.Equal(InventorySchemas.Names, all.Select(p => p.Key));
        Assert.Equal(InventorySchemas.IdPrefix + "Bmc", (string?)all["Bmc"]!["$id"]);
    }
}
