using Discovery.Records.Manifests;
using Discovery.Testing;

namespace Discovery.Records.Manifests.Tests;

public sealed partial class ManifestReaderTests
{
    private static string[] Errors(string text, string source = "m.yaml") =>
        [.. ManifestReader.Parse(text, source).Errors.Select(e => e.ToString())];

    [Fact]
    public void Parse_UnknownField_NamesFileLineDocumentFieldAndSuggestsTheRightOne()
    {
        const string Yaml = """
            kind: NodeGroup
            name: compute
            ---
            kind: ComputeNode
            xname: x3000c0s1b0n0
            hostnmae: nid0001
            serialNumber: ABC
            """;

        Assert.Equal(
            [
                "nodes.yaml:6: document 2: field hostnmae: unknown field for ComputeNode; did you mean 'hostname'?",
                "nodes.yaml:7: document 2: field serialNumber: unknown field for ComputeNode; did you mean 'serial_number'?",
            ],
            Errors(Yaml, "nodes.yaml"));
    }

    [Fact]
    public void Parse_BadMacInANestedInterface_NamesTheJsonPathAndItsLine()
    {
        const string Yaml = """
            kind: ComputeNode
            xname: x3000c0s1b0n0
            network_interfaces:
              - name: eth0
                mac_address: aa:bb:cc:dd:ee:01
              - name: eth1
                mac_address: aa:bb:cc:dd:ee
            """;

        Assert.Equal(
            ["m.yaml:7: document 1: field network_interfaces[1].mac_address: 'aa:bb:cc:dd:ee' is not a MAC address (aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff; not all zeros or all ff)"],
            Errors(Yaml));
    }

    [Fact]
    public void Parse_BrokenYaml_ReportsFileAndLine()
    {
        const string Yaml = """
            kind: ComputeNode
            xname: x3000c0s1b0n0
              hostname: nid0001
            """;

        var error = Assert.Single(Errors(Yaml, "broken.yaml"));

        Assert.StartsWith("broken.yaml:3: not valid YAML: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedFlowList_ReportsFileAndLineInsteadOfCrashing()
    {
        // YamlDotNet ends this input with an InvalidOperationException that carries no position.
        var error = Assert.Single(Errors("kind: NodeGroup\nmembers: [x3000c0s1b0n0\nname: compute\n", "open.yaml"));

        Assert.StartsWith("open.yaml:2: not valid YAML: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsFileAndLine()
    {
        var error = Assert.Single(Errors("kind: NodeGroup\nname: a\nname: b\n", "dup.yaml"));

        Assert.StartsWith("dup.yaml:3: not valid YAML: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_ReportsFileAndLine()
    {
        const string Json = """
            [
              { "kind": "NodeGroup", "name": "a" }
              { "kind": "NodeGroup", "name": "b" }
            ]
            """;

        Assert.StartsWith("groups.json:3: not valid JSON: ", Assert.Single(Errors(Json, "groups.json")), StringComparison.Ordinal);
    }

    // Found by scripts/fuzz.sh: JSON text with a lone surrogate (POST /apply can carry one as "\ud800") threw
    // ArgumentException from the UTF-8 transcoding instead of being reported.
    [Fact]
    public void Parse_JsonWithAnUnpairedSurrogate_ReportsFileLineAndTheCharacter()
    {
        const string Json = "[\n  { \"kind\": \"NodeGroup\", \"name\": \"a\uD800\" }\n]";

        var error = Assert.Single(Errors(Json, "groups.json"));

        Assert.StartsWith("groups.json:2: not valid JSON: ", error, StringComparison.Ordinal);
        Assert.Contains("U+D800", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: a", "m.yaml:1: document 1: has no 'kind' (expected ComputeNode, NodeGroup, BootProfile, Bmc or SessionTemplate)")]
    [InlineData("kind: nodegroup\nname: a", "m.yaml:1: document 1: field kind: unknown kind 'nodegroup'; did you mean 'NodeGroup'?")]
    [InlineData("kind: Switch\nname: a", "m.yaml:1: document 1: field kind: unknown kind 'Switch' (expected ComputeNode, NodeGroup, BootProfile, Bmc or SessionTemplate)")]
    [InlineData("kind: NetworkInterface\nname: a", "m.yaml:1: document 1: field kind: NetworkInterface is not applied on its own: list interfaces under a ComputeNode's or Bmc's network_interfaces")]
    [InlineData("- kind: NodeGroup\n  name: a\n- just text", "m.yaml:3: document 2: expected a mapping with 'kind' (ComputeNode, NodeGroup, BootProfile, Bmc or SessionTemplate) and the record's fields")]
    [InlineData("kind: ComputeNode\nhostname: n1", "m.yaml:1: document 1: a ComputeNode document needs 'id' or 'xname' to say which record it is")]
    [InlineData("kind: Bmc\nip: 10.0.0.1", "m.yaml:1: document 1: a Bmc document needs 'id' or 'xname' or 'mac' to say which record it is")]
    [InlineData("kind: NodeGroup\nname: null", "m.yaml:2: document 1: field name: is required and cannot be null")]
    public void Parse_DocumentLevelProblems_AreExplained(string yaml, string expected)
    {
        Assert.Contains(expected, Errors(yaml));
    }

    [Theory]
    [InlineData("port: \"443\"", "field port: must be a whole number, not quoted text")]
    [InlineData("port: https", "field port: 'https' is not a whole number")]
    [InlineData("port: [443]", "field port: must be a whole number, not a list")]
    [InlineData("port: 99999", "field port: '99999' is not a TCP port (1-65535; 0 means the default 443)")]
    [InlineData("id: 12", "field id: '12' is not a UUID")]
    [InlineData("network_interfaces: eth0", "field network_interfaces: must be a list ([a, b], or one '- item' per line)")]
    [InlineData("network_interfaces: [eth0]", "field network_interfaces[0]: must be a mapping of NetworkInterface fields")]
    [InlineData("network_interfaces:\n  - vlan_id: 12", "field network_interfaces[0]: needs 'mac_address', 'name' or 'id' so that applying it again finds the same interface")]
    [InlineData("network_interfaces:\n  - name: eth0\n    speed: 1000", "field network_interfaces[0].speed: unknown field for NetworkInterface; did you mean 'speed_mbps'?")]
    [InlineData("network_interfaces:\n  - name: eth0\n    enabled: yes", "field network_interfaces[0].enabled: 'yes' is not true or false")]
    public void Parse_BadValues_NameTheFieldAndWhatWasExpected(string field, string expected)
    {
        var errors = Errors($"kind: Bmc\nmac: aa:bb:cc:dd:ee:ff\n{field}\n");

        Assert.Contains(errors, e => e.EndsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TextFieldsKeepWhatWasWritten_NotYamlsGuess()
    {
        var document = Assert.Single(ManifestReader.Parse("kind: BootProfile\nname: no\nkernel_params: 0123\n", "p.yaml").Documents);

        Assert.Equal("no", document.Identity.Value);
        Assert.Equal(["name", "kernel_params"], document.Fields);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneInLineOrder()
    {
        const string Yaml = """
            kind: ComputeNode
            xname: x3000c0s1b0
            arch: amd64
            processor_count: many
            colour: blue
            """;

        Assert.Equal([2, 3, 4, 5], ManifestReader.Parse(Yaml, "m.yaml").Errors.Select(e => e.Location.Line));
    }

    [Fact]
    public void Parse_SameRecordTwice_NamesBothPlaces()
    {
        const string Yaml = """
            kind: ComputeNode
            xname: x3000c0s1b0n0
            ---
            kind: ComputeNode
            xname: X3000C0S1B0N00
            hostname: n1
            """;

        Assert.Equal(
            ["m.yaml:4: document 2: ComputeNode xname=x3000c0s1b0n0 is also defined at m.yaml:1: document 1; each record may appear once"],
            Errors(Yaml));
    }

    [Fact]
    public void Parse_PrivateKeyPastedAsSshKey_IsNeverQuoted()
    {
        const string Yaml = """
            kind: BootProfile
            name: rocky9
            ssh_key: |
              -----BEGIN OPENSSH PRIVATE KEY-----
              b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ
              -----END OPENSSH PRIVATE KEY-----
            """;

        var error = Assert.Single(Errors(Yaml));

        Assert.StartsWith("m.yaml:3: document 1: field ssh_key: value is not an OpenSSH public key", error, StringComparison.Ordinal);
        Assert.DoesNotContain("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownSecretLookingField_NamesTheFieldButNeverItsValue()
    {
        var error = Assert.Single(Errors("kind: Bmc\nmac: aa:bb:cc:dd:ee:ff\npassword: Hunter2-Secret\n"));

        Assert.Equal("m.yaml:3: document 1: field password: unknown field for Bmc", error);
    }

    [Fact]
    public async Task ReadAsync_UnreadableFile_IsAnErrorNotAnException()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("needs a Unix domain socket file");
        }

        // A socket is a file that even root cannot open for reading, unlike one with mode 000.
        using var dir = new TempDirectory();
        var file = dir.File("socket.yaml");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(file));

        var result = await ManifestReader.ReadAsync([file], TextReader.Null, Token);

        Assert.False(result.Success);
        Assert.StartsWith($"{file}: cannot read: ", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }
}
