using Discovery.Records.Manifests;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.Records.Manifests.Tests;

public sealed partial class ManifestReaderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void Parse_MultiDocumentYaml_ReadsEachDocumentWithKindIdentityNamedFieldsAndLine()
    {
        const string Yaml = """
            kind: ComputeNode
            xname: X3000C0S01B0N0
            hostname: nid0001
            groups: [gpu, compute]
            ---
            # a comment before the second document
            kind: NodeGroup
            name: compute
            members:
              - x3000c0s1b0n0
            """;

        var result = ManifestReader.Parse(Yaml, "nodes.yaml");

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Collection(
            result.Documents,
            node =>
            {
                Assert.Equal(ManifestKind.ComputeNode, node.Kind);
                Assert.Equal(new ManifestIdentity("xname", "x3000c0s1b0n0"), node.Identity);
                Assert.Equal(["xname", "hostname", "groups"], node.Fields);
                Assert.Equal(new ManifestLocation("nodes.yaml", 1, 1), node.Location);
                Assert.Equal(4, node.LineOf("groups"));
                Assert.Equal("ComputeNode xname=x3000c0s1b0n0", node.ToString());
            },
            group =>
            {
                Assert.Equal(ManifestKind.NodeGroup, group.Kind);
                Assert.Equal(new ManifestIdentity("name", "compute"), group.Identity);
                Assert.Equal(new ManifestLocation("nodes.yaml", 2, 7), group.Location);
                Assert.Equal(10, group.LineOf("members[0]"));
            });
    }

    [Fact]
    public void Parse_JsonArray_ReadsEveryItemAsADocumentWithItsLine()
    {
        const string Json = """
            [
              { "kind": "Bmc", "xname": "x3000c0s1b0", "ip": "10.0.0.21" },
              {
                "kind": "Bmc",
                "mac": "B0-41-6F-00-00-02",
                "ip": "10.0.0.31",
                "port": 8443
              }
            ]
            """;

        var result = ManifestReader.Parse(Json, "bmcs.json");

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal([2, 3], result.Documents.Select(d => d.Location.Line));
        Assert.Equal([1, 2], result.Documents.Select(d => d.Location.Document));
        Assert.Equal(new ManifestIdentity("mac", "b0:41:6f:00:00:02"), result.Documents[1].Identity);
        Assert.Equal(["mac", "ip", "port"], result.Documents[1].Fields);
    }

    [Fact]
    public void Parse_JsonObject_IsOneDocument()
    {
        var result = ManifestReader.Parse("""{"kind":"BootProfile","name":"rocky9","kernel_params":"quiet"}""", "p.json");

        var document = Assert.Single(result.Documents);
        Assert.Equal(ManifestKind.BootProfile, document.Kind);
        Assert.Equal(["name", "kernel_params"], document.Fields);
    }

    [Fact]
    public void Parse_FieldsDiscoverMaintains_AreIgnoredAndListed()
    {
        const string Yaml = """
            kind: ComputeNode
            xname: x3000c0s1b0n0
            last_seen: 2024-05-01T10:00:00Z
            first_seen: whatever
            """;

        var document = Assert.Single(ManifestReader.Parse(Yaml, "n.yaml").Documents);

        Assert.Equal(["xname"], document.Fields);
        Assert.Equal(["last_seen", "first_seen"], document.IgnoredFields);
    }

    [Fact]
    public void Parse_EmptyDocumentsAndComments_AreSkipped()
    {
        var result = ManifestReader.Parse("---\n# nothing\n---\nkind: NodeGroup\nname: a\n---\n", "g.yaml");

        Assert.Equal(new ManifestLocation("g.yaml", 1, 4), Assert.Single(result.Documents).Location);
        Assert.Empty(ManifestReader.Parse(string.Empty, "empty.yaml").Documents);
    }

    [Fact]
    public async Task ReadAsync_Directory_ReadsYamlYmlAndJsonInNameOrderAndNothingElse()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("b.yml"), "kind: NodeGroup\nname: b\n", Token);
        await File.WriteAllTextAsync(dir.File("a.json"), """{"kind":"NodeGroup","name":"a"}""", Token);
        await File.WriteAllTextAsync(dir.File("c.yaml"), "kind: NodeGroup\nname: c\n", Token);
        await File.WriteAllTextAsync(dir.File("notes.txt"), "kind: broken", Token);
        Directory.CreateDirectory(dir.File("sub.yaml"));

        var result = await ManifestReader.ReadAsync([dir.Path], TextReader.Null, Token);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(["a", "b", "c"], result.Documents.Select(d => d.Identity.Value));
        Assert.Equal(dir.File("b.yml"), result.Documents[1].Location.Source);
    }

    [Fact]
    public async Task ReadAsync_StandardInputAndAFile_ReadsBothInOrder()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("g.yaml"), "kind: NodeGroup\nname: from-file\n", Token);

        var result = await ManifestReader.ReadAsync(["-", dir.File("g.yaml")], new StringReader("kind: NodeGroup\nname: from-stdin\n"), Token);

        Assert.Equal(["from-stdin", "from-file"], result.Documents.Select(d => d.Identity.Value));
        Assert.Equal("<stdin>", result.Documents[0].Location.Source);
    }

    [Fact]
    public async Task ReadAsync_ProjectFixtures_ReadEveryExampleManifest()
    {
        var result = await ManifestReader.ReadAsync([MockupPaths.Project("manifests")], TextReader.Null, Token);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(
            ["BootProfile name=rocky9", "BootProfile name=rocky9-debug", "NodeGroup name=compute", "NodeGroup name=debug",
             "ComputeNode xname=x3000c0s1b0n0", "ComputeNode xname=x3000c0s2b0n0", "Bmc xname=x3000c0s1b0", "Bmc mac=b0:41:6f:00:00:02"],
            result.Documents.Select(d => d.ToString()));
    }

    [Fact]
    public async Task ReadAsync_OneBadFileAmongGoodOnes_ReturnsNoDocumentsAtAll()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("1-good.yaml"), "kind: NodeGroup\nname: good\n", Token);
        await File.WriteAllTextAsync(dir.File("2-bad.yaml"), "kind: NodeGroup\nname: Bad Name\n", Token);

        var result = await ManifestReader.ReadAsync([dir.Path], TextReader.Null, Token);

        Assert.False(result.Success);
        Assert.Empty(result.Documents);
        Assert.Equal($"{dir.File("2-bad.yaml")}:2: document 1: field name: 'Bad Name' is not a name of lower-case letters, digits and - : . _ (SMD's group-name rule)", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task ReadAsync_MissingPathOrEmptyDirectory_ErrorsNameThePath()
    {
        using var dir = new TempDirectory();

        var result = await ManifestReader.ReadAsync([dir.File("nope.yaml"), dir.Path], TextReader.Null, Token);

        Assert.Equal(
            [$"{dir.File("nope.yaml")}: no such file or directory", $"{dir.Path}: the directory has no *.yaml, *.yml or *.json files"],
            result.Errors.Select(e => e.ToString()));
    }
}
