using System.Text.Json;
using Discovery.Credentials;
using Discovery.Records.Xnames;
using Discovery.MockBmc;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.Redfish.Mapping;
using Discovery.Smd.Http;
using Discovery.Smd.Payloads;
using Discovery.Smd.Sending;
using Discovery.Smd.State;
using Discovery.Smd.Tests.Support;
using Discovery.Testing.Mockups;
using Discovery.Testing.Smd;

namespace Discovery.Smd.Payloads.Tests;

/// <summary>
/// The bodies built from real mockups (collected through mock-bmc): the keys and JSON types of
/// reference/smd/examples/redfishendpoint-post-bodies.json's OpenCHAMI body, valid against swagger_v2.yaml's
/// RedfishEndpoint and CompEthInterface definitions, and accepted whole by the SMD double.
/// </summary>
public sealed class SmdBodyShapeTests
{
    // The full-inventory extensions SMD reads that its swagger does not document (provenance.json says so).
    private static readonly HashSet<string> Extensions = new(["SchemaVersion", "Systems", "Managers"], StringComparer.Ordinal);

    public static TheoryData<string> SharedMockups() => [.. MockupPaths.SharedNames()];

    public static TheoryData<string> ProjectFixtures() => [.. MockupPaths.ProjectNames];

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(SharedMockups))]
    public Task Build_SharedMockup_HasTheExamplesKeysAndTypesAndValidatesAgainstSwagger(string mockup) =>
        CheckShapeAsync(MockupPaths.Shared(mockup));

    [Theory]
    [MemberData(nameof(ProjectFixtures))]
    public Task Build_ProjectFixture_HasTheExamplesKeysAndTypesAndValidatesAgainstSwagger(string fixture) =>
        CheckShapeAsync(MockupPaths.Project(fixture));

    [Theory(SkipTestWithoutData = true)]
    [MemberData(nameof(SharedMockups))]
    public Task Send_SharedMockup_SmdTakesTheWholeRegistration(string mockup) =>
        CheckAcceptedAsync(MockupPaths.Shared(mockup));

    [Theory]
    [MemberData(nameof(ProjectFixtures))]
    public Task Send_ProjectFixture_SmdTakesTheWholeRegistration(string fixture) =>
        CheckAcceptedAsync(MockupPaths.Project(fixture));

    [Fact]
    public void Validate_BrokenBodies_SwaggerCheckCatchesThem()
    {
        var swagger = SwaggerSchema.Load(SmdReference.File("swagger_v2.yaml"));
        using var body = JsonDocument.Parse("""
            {"ID":"x3000c0s1b0","Type":"","MACAddr":"","UUID":"NOT-A-UUID","RediscoverOnUpdate":"no",
             "MacAddress":"aa:bb:cc:dd:ee:ff","DiscoveryInfo":{"LastDiscoveryStatus":"DiscoverOK"}}
            """);

        var errors = swagger.Validate(body.RootElement, "RedfishEndpoint.1.0.0_RedfishEndpoint", Extensions);

        Assert.Contains(errors, e => e.StartsWith("$.Type:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.MACAddr:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.UUID:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.RediscoverOnUpdate:", StringComparison.Ordinal));
        Assert.Contains("$.MacAddress: not a property of the definition", errors);
        Assert.Contains("$.DiscoveryInfo: read-only, must not be sent", errors);
    }

    private static async Task CheckShapeAsync(string directory)
    {
        var ct = TestContext.Current.CancellationToken;
        var swagger = SwaggerSchema.Load(SmdReference.File("swagger_v2.yaml"));
        using var examples = JsonDocument.Parse(await File.ReadAllTextAsync(SmdReference.File("examples/redfishendpoint-post-bodies.json"), ct));
        var example = examples.RootElement.GetProperty("examples").GetProperty("openchami_schema_version_1_full_inventory");
        var inventory = await CollectAsync(directory, ct);

        var registration = SmdBodyBuilder.Build(inventory, "admin", "password")!;

        var body = JsonSerializer.SerializeToElement(registration.Endpoint, SmdJsonContext.Default.RedfishEndpointBody);
        // MACAddr is left out when the BMC lists no NIC of its own (CMM, Slingshot): the swagger's pattern refuses "".
        var optional = inventory.Bmc.Mac is null ? new HashSet<string>(["$.MACAddr"]) : [];
        Assert.Empty(JsonShape.Differences(example, body, optional));
        Assert.Empty(swagger.Validate(body, "RedfishEndpoint.1.0.0_RedfishEndpoint", Extensions));
        foreach (var nic in registration.EthernetInterfaces)
        {
            Assert.Empty(swagger.Validate(JsonSerializer.SerializeToElement(nic, SmdJsonContext.Default.EthernetInterfaceBody), "CompEthInterface.1.0.0"));
            var patch = JsonSerializer.SerializeToElement(nic with { MacAddress = null }, SmdJsonContext.Default.EthernetInterfaceBody);
            Assert.Empty(swagger.Validate(patch, "CompEthInterface.1.0.0_Patch"));
        }
    }

    // SMD takes the whole registration: every request answers 2xx (no NIC refused after the endpoint was stored),
    // every system is in the body and every node NIC with a MAC becomes an EthernetInterface.
    private static async Task CheckAcceptedAsync(string directory)
    {
        var ct = TestContext.Current.CancellationToken;
        var inventory = await CollectAsync(directory, ct);
        await using var smd = await SmdDouble.StartAsync(cancellationToken: ct);
        using var sender = new SmdSender(new SmdClientOptions { BaseUri = smd.BaseUri }, SmdStateStore.InMemory());

        var result = await sender.SendAsync(new SmdSendRequest { Inventories = [inventory] }, ct);

        Assert.Equal(SmdAction.Created, Assert.Single(result.Results).Action);
        Assert.All(smd.Requests, r => Assert.True(r.Status is >= 200 and < 300, $"{r.Method} {r.Path}: {r.Status}"));
        Assert.Equal(inventory.Nodes.Count, smd.Endpoints[inventory.Bmc.Xname!].Systems);
        var nodeMacs = inventory.Nodes.SelectMany(n => n.NetworkInterfaces).Select(n => n.MacAddress).OfType<string>().Distinct();
        Assert.All(nodeMacs, mac => Assert.Contains(mac.Replace(":", string.Empty, StringComparison.Ordinal), smd.EthernetInterfaces.Keys));
    }

    private static async Task<MappedInventory> CollectAsync(string directory, CancellationToken ct)
    {
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory] }, ct);
        var collector = new Collector(
            new CredentialProvider(new Dictionary<string, BmcCredential>(), new BmcCredential("admin", "password")),
            new XnameAssigner(IdMap.Empty),
            new RedfishClientOptions { RequestTimeout = TimeSpan.FromSeconds(10) });
        var run = await collector.CollectAsync(new CollectRequest { Targets = [new BmcTarget { BaseUri = fleet.Instances[0].BaseUri }] }, null, ct);
        var result = Assert.Single(run.Results);
        Assert.True(result.Status == BmcCollectStatus.Ok, result.Message);
        return new MappedInventory { Bmc = result.Bmc!, Nodes = result.Nodes };
    }
}
