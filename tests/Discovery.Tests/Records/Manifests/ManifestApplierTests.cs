using Discovery.Records;
using Discovery.Records.Manifests;
using Discovery.Testing.Mockups;

namespace Discovery.Records.Manifests.Tests;

public sealed class ManifestApplierTests
{
    private static readonly Guid NodeId = Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e01");
    private static readonly Guid NicId = Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e02");

    /// <summary>A node as collect maps it: no hostname, no groups, discovered details.</summary>
    private static readonly ComputeNode Discovered = new()
    {
        Id = NodeId,
        Xname = "x3000c0s1b0n0",
        SerialNumber = "MIN0000001",
        BiosVersion = "U30 v2.76",
        MemoryGib = 256,
        FirstSeen = DateTimeOffset.Parse("2024-05-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        NetworkInterfaces =
        [
            new() { Id = NicId, OwnerId = NodeId, Name = "eth0", MacAddress = "52:54:00:10:00:01", LinkStatus = "LinkUp" },
        ],
    };

    private static ManifestDocument Document(string yaml) =>
        Assert.Single(ManifestReader.Parse(yaml, "m.yaml").Documents);

    private static Func<Guid> Ids(params string[] ids)
    {
        var queue = new Queue<Guid>(ids.Select(Guid.Parse));
        return queue.Dequeue;
    }

    [Fact]
    public void Apply_ToADiscoveredNode_SetsTheNamedFieldsAndKeepsTheDiscoveredOnes()
    {
        var document = Document("kind: ComputeNode\nxname: x3000c0s1b0n0\nhostname: NID0001\ngroups: [gpu, compute]\n");

        var result = ManifestApplier.Apply(document, Discovered, Ids());

        Assert.True(result.Succeeded);
        Assert.False(result.Created);
        Assert.Equal(["hostname: null -> \"nid0001\"", "groups: [] -> [\"compute\",\"gpu\"]"], result.Changes.Select(c => c.ToString()));
        var node = result.Record!;
        Assert.Equal("nid0001", node.Hostname);
        Assert.Equal(["compute", "gpu"], node.Groups);
        Assert.Equal("MIN0000001", node.SerialNumber);
        Assert.Equal(256, node.MemoryGib);
        Assert.Equal(Discovered.FirstSeen, node.FirstSeen);
        var nic = Assert.Single(node.NetworkInterfaces);
        Assert.Equal((NicId, "LinkUp"), (nic.Id, nic.LinkStatus));
    }

    [Fact]
    public void Apply_SameDocumentTwice_SecondApplyReportsNoChange()
    {
        var document = Document("""
            kind: ComputeNode
            xname: x3000c0s1b0n0
            hostname: nid0001
            network_interfaces:
              - name: eth0
                mac_address: 52-54-00-10-00-01
              - name: ib0
                mac_address: 52:54:00:10:00:02
            """);

        var first = ManifestApplier.Apply(document, Discovered, Ids("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e03"));
        var second = ManifestApplier.Apply(document, first.Record, Ids());

        Assert.Equal(["hostname", "network_interfaces"], first.Changes.Select(c => c.Field));
        Assert.Equal([NicId, Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e03")], first.Record!.NetworkInterfaces.Select(n => n.Id));
        Assert.All(first.Record.NetworkInterfaces, n => Assert.Equal(NodeId, n.OwnerId));
        Assert.Empty(second.Changes);
        Assert.False(second.Changed);
        Assert.Same(first.Record, second.Record);
    }

    [Fact]
    public void Apply_NoExistingRecord_CreatesOneWithANewIdAndListsEverySetField()
    {
        var document = Document("kind: ComputeNode\nxname: x3000c0s9b0n0\narch: aarch64\n");

        var result = ManifestApplier.Apply<ComputeNode>(document, null, Ids("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e09"));

        Assert.True(result.Created);
        Assert.Equal(Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e09"), result.Record!.Id);
        Assert.Equal(
            ["id: null -> \"0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e09\"", "xname: null -> \"x3000c0s9b0n0\"", "arch: null -> \"aarch64\""],
            result.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Apply_FieldSetToNull_ResetsItToItsDefault()
    {
        var bmc = new Bmc { Id = NodeId, Ip = "10.0.0.21", Port = 8443, Fqdn = "bmc1.example.test", Xname = "x3000c0s1b0" };
        var document = Document("kind: Bmc\nxname: x3000c0s1b0\nport: null\nfqdn: ~\n");

        var result = ManifestApplier.Apply(document, bmc, Ids());

        Assert.Equal(["port: 8443 -> 443", "fqdn: \"bmc1.example.test\" -> null"], result.Changes.Select(c => c.ToString()));
        Assert.Null(result.Record!.Fqdn);
    }

    [Fact]
    public void Apply_ListGiven_ReplacesTheWholeList()
    {
        var group = new NodeGroup { Id = NodeId, Name = "compute", Members = ["x3000c0s1b0n0", "x3000c0s2b0n0"] };
        var document = Document("kind: NodeGroup\nname: compute\nmembers: [x3000c0s3b0n0]\n");

        var result = ManifestApplier.Apply(document, group, Ids());

        Assert.Equal(["x3000c0s3b0n0"], result.Record!.Members);
        Assert.Equal("members: [\"x3000c0s1b0n0\",\"x3000c0s2b0n0\"] -> [\"x3000c0s3b0n0\"]", Assert.Single(result.Changes).ToString());
    }

    [Fact]
    public void Apply_LabelsInAnotherOrder_IsNoChange()
    {
        var group = new NodeGroup
        {
            Id = NodeId,
            Name = "compute",
            Labels = new Dictionary<string, string> { ["zone"] = "a", ["role"] = "compute" },
        };

        var result = ManifestApplier.Apply(Document("kind: NodeGroup\nname: compute\nlabels: {role: compute, zone: a}\n"), group, Ids());

        Assert.Empty(result.Changes);
    }

    [Fact]
    public void Apply_NewBmcWithoutIp_SaysWhatIsMissingAndWhere()
    {
        var result = ManifestApplier.Apply<Bmc>(Document("kind: Bmc\nxname: x3000c0s1b0\n"), null, Ids("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e09"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Record);
        Assert.Equal("m.yaml:1: document 1: a new Bmc needs 'ip'", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Apply_IdThatContradictsTheRecord_IsAnError()
    {
        var document = Document("kind: ComputeNode\nid: 6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01\nhostname: n1\n");

        var result = ManifestApplier.Apply(document, Discovered, Ids());

        Assert.Equal(
            $"m.yaml:2: document 1: field id: '6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01' is not the id of the existing ComputeNode ({NodeId}); ids never change",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Apply_InterfaceOwnedBySomethingElse_IsAnError()
    {
        var document = Document("kind: ComputeNode\nxname: x3000c0s1b0n0\nnetwork_interfaces:\n  - name: eth0\n    owner_kind: bmc\n");

        var result = ManifestApplier.Apply(document, Discovered, Ids("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e03"));

        Assert.Equal(
            "m.yaml:5: document 1: field network_interfaces[0].owner_kind: 'bmc' does not match the record kind (node)",
            Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Apply_RecordTypeOfAnotherKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => ManifestApplier.Apply<Bmc>(Document("kind: NodeGroup\nname: a\n"), null, Guid.NewGuid));
    }

    [Fact]
    public async Task Apply_ProjectFixturesToAnEmptyInventory_GivesEachNodeItsEffectiveBootProfile()
    {
        var read = await ManifestReader.ReadAsync([MockupPaths.Project("manifests")], TextReader.Null, TestContext.Current.CancellationToken);
        var nodes = new List<ComputeNode>();
        var groups = new List<NodeGroup>();
        var profiles = new List<BootProfile>();
        var bmcs = new List<Bmc>();
        foreach (var document in read.Documents)
        {
            switch (document.Kind)
            {
                case ManifestKind.ComputeNode:
                    nodes.Add(ManifestApplier.Apply<ComputeNode>(document, null, Guid.NewGuid).Record!);
                    break;
                case ManifestKind.NodeGroup:
                    groups.Add(ManifestApplier.Apply<NodeGroup>(document, null, Guid.NewGuid).Record!);
                    break;
                case ManifestKind.BootProfile:
                    profiles.Add(ManifestApplier.Apply<BootProfile>(document, null, Guid.NewGuid).Record!);
                    break;
                case ManifestKind.Bmc:
                    bmcs.Add(ManifestApplier.Apply<Bmc>(document, null, Guid.NewGuid).Record!);
                    break;
            }
        }

        var first = BootProfileResolver.Resolve(nodes.Single(n => n.Hostname == "nid0001"), groups, profiles);
        var second = BootProfileResolver.Resolve(nodes.Single(n => n.Hostname == "nid0002"), groups, profiles);

        Assert.Equal(("rocky9", "compute"), (first?.Profile?.Name, first?.FromGroup));
        Assert.Equal(("rocky9-debug", null), (second?.Profile?.Name, second?.FromGroup));
        Assert.Equal("a4:bf:01:28:90:aa", nodes[0].NetworkInterfaces[0].MacAddress);
        Assert.Equal([443, 8443], bmcs.Select(b => b.Port));
    }
}
