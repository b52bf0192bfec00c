using System.Text.Json;
using Discovery.Records;
using Discovery.Records.Validation;

namespace Discovery.Records.Validation.Tests;

public sealed class InventoryValidatorTests
{
    private static readonly Guid NodeId = Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e01");

    [Fact]
    public void Validate_EveryRuleSampleInEveryField_AcceptsGoodRejectsBadAndStoresTheNormalForm()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var c in FieldSamples.All())
        {
            count++;
            var outcome = RecordJson.Validate(c.Record, c.Json);
            if (outcome.Valid != c.Sample.Good)
            {
                failures.Add($"{c}: expected {(c.Sample.Good ? "valid" : "invalid")}, got {string.Join("; ", outcome.Errors)}");
            }
            else if (c.Sample.Good && c.Sample.Normal is { } normal && c.ReadNormal(outcome.Normal!)?.GetValue<string>() != normal)
            {
                failures.Add($"{c}: expected normal form '{normal}', got {c.ReadNormal(outcome.Normal!)?.ToJsonString()}");
            }
            else if (!c.Sample.Good && outcome.Deserialized && !outcome.Errors.Any(e => e.Field.StartsWith(c.Field, StringComparison.Ordinal)))
            {
                failures.Add($"{c}: the error does not name the field: {string.Join("; ", outcome.Errors)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(count > 300, $"only {count} cases");
    }

    [Fact]
    public void Validate_BadMacInSecondInterface_NamesJsonPathValueAndAcceptedSpellings()
    {
        var node = new ComputeNode
        {
            Id = NodeId,
            NetworkInterfaces = [Nic("aa:bb:cc:dd:ee:01"), Nic("zz:bb:cc:dd:ee:02")],
        };

        var result = InventoryValidator.Validate(node);

        var error = Assert.Single(result.Errors);
        Assert.Equal("network_interfaces[1].mac_address", error.Field);
        Assert.Equal("zz:bb:cc:dd:ee:02", error.Value);
        Assert.Equal(
            "'zz:bb:cc:dd:ee:02' is not a MAC address (aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff or aabbccddeeff; not all zeros or all ff)",
            error.Message);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Validate_SeveralBadFields_ReportsEveryOneInFieldOrder()
    {
        var node = new ComputeNode { Id = NodeId, Xname = "x3000c0s1b0", Arch = "amd64", MemoryGib = -1, Groups = ["Compute"] };

        var result = InventoryValidator.Validate(node);

        Assert.Equal(
            [
                "xname: 'x3000c0s1b0' is not a node xname (x<cabinet>c<chassis>s<slot>b<bmc>n<node>, e.g. x3000c0s1b0n0); did you mean 'x3000c0s1b0n0'?",
                "arch: 'amd64' is not a CPU architecture (x86_64, aarch64, ppc64le, riscv64, x86, arm, ia64); did you mean 'x86_64'?",
                "memory_gib: '-1' is not a number of at least 0",
                "groups[0]: 'Compute' is not a name of lower-case letters, digits and - : . _ (SMD's group-name rule); did you mean 'compute'?",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Validate_NodeXnameOnABmc_SuggestsTheBmcXname()
    {
        var result = InventoryValidator.Validate(new Bmc { Id = NodeId, Ip = "10.0.0.21", Xname = "x3000c0s1b0n0" });

        Assert.EndsWith("did you mean 'x3000c0s1b0'?", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PrivateKeyPastedAsSshKey_NeverQuotesTheKey()
    {
        const string PrivateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n-----END OPENSSH PRIVATE KEY-----";

        var result = InventoryValidator.Validate(new BootProfile { Id = NodeId, Name = "rocky9", SshKey = PrivateKey });

        var error = Assert.Single(result.Errors);
        Assert.Equal("ssh_key", error.Field);
        Assert.Null(error.Value);
        Assert.DoesNotContain("b3BlbnNzaC1rZXktdjEAAAAABG5vbmU", error.Message, StringComparison.Ordinal);
        Assert.Equal("value is not an OpenSSH public key (ssh-ed25519 AAAA... comment) (the value is not shown: it may hold a secret)", error.Message);
    }

    [Fact]
    public void Validate_UrlWithCredentials_RejectedWithoutEchoingThem()
    {
        var result = InventoryValidator.Validate(new BootProfile { Id = NodeId, Name = "rocky9", KernelUrl = "http://admin:S3cret!@boot/vmlinuz" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("kernel_url", error.Field);
        Assert.Null(error.Value);
        Assert.DoesNotContain("S3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredNameMissing_ReportsRequired()
    {
        var result = InventoryValidator.Validate(new NodeGroup { Id = NodeId, Name = null! });

        Assert.Equal("name: is required", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Validate_LabelsWithBadKeyAndValue_NamesBoth()
    {
        var group = new NodeGroup
        {
            Id = NodeId,
            Name = "gpu",
            Labels = new Dictionary<string, string> { ["bad key"] = "ok", ["vendor"] = "-nvidia" },
        };

        var result = InventoryValidator.Validate(group);

        Assert.Equal(["labels", "labels.vendor"], result.Errors.Select(e => e.Field));
        Assert.StartsWith("key 'bad key' is not a label key", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidNode_ReturnsNormalForms()
    {
        var node = new ComputeNode
        {
            Id = NodeId,
            Xname = "X3000C0S01B0N0",
            Hostname = "NID0001",
            SystemUuid = "6F9B2A10-1C2D-4E3F-8A4B-5C6D7E8F9A01",
            BootMac = "A4-BF-01-28-90-AA",
            ManagementIp = "FD00:0:0:0::10",
            Groups = ["gpu", "compute", "gpu"],
            NetworkInterfaces = [Nic("AABB.CCDD.EE01") with { Ipv6Addresses = ["FE80::0001"] }],
        };

        var result = InventoryValidator.Validate(node);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var normal = result.Value!;
        Assert.Equal("x3000c0s1b0n0", normal.Xname);
        Assert.Equal("nid0001", normal.Hostname);
        Assert.Equal("6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01", normal.SystemUuid);
        Assert.Equal("a4:bf:01:28:90:aa", normal.BootMac);
        Assert.Equal("fd00::10", normal.ManagementIp);
        Assert.Equal(["compute", "gpu"], normal.Groups);
        Assert.Equal("aa:bb:cc:dd:ee:01", normal.NetworkInterfaces[0].MacAddress);
        Assert.Equal(["fe80::1"], normal.NetworkInterfaces[0].Ipv6Addresses);
    }

    [Fact]
    public void Validate_AlreadyNormalRecord_ComesBackUnchanged()
    {
        var group = new NodeGroup
        {
            Id = NodeId,
            Name = "compute",
            Members = ["6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01", "x3000c0s1b0n0"],
            Labels = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" },
            BootProfile = "rocky9",
        };

        var result = InventoryValidator.Validate(group);

        Assert.Equal(Json(group), Json(result.Value!));
    }

    [Fact]
    public void Validate_OnlyANestedOrReorderedValueNotNormal_StillComesBackNormal()
    {
        // An already-normal record is handed back as it is; each of these differs from its normal form in one
        // place only, deep in a list, in a set's order, or in a map's key order, and must still be rebuilt.
        var nested = new ComputeNode { Id = NodeId, Xname = "x3000c0s1b0n0", NetworkInterfaces = [Nic("aa:bb:cc:dd:ee:01"), Nic("AA:BB:CC:DD:EE:02")] };
        var unsorted = new ComputeNode { Id = NodeId, Xname = "x3000c0s1b0n0", Groups = ["gpu", "compute"] };
        var keys = new NodeGroup { Id = NodeId, Name = "compute", Labels = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" } };

        Assert.Equal("aa:bb:cc:dd:ee:02", InventoryValidator.Validate(nested).Value!.NetworkInterfaces[1].MacAddress);
        Assert.Equal(["compute", "gpu"], InventoryValidator.Validate(unsorted).Value!.Groups);
        Assert.Equal(["a", "b"], InventoryValidator.Validate(keys).Value!.Labels.Keys);
        var normal = InventoryValidator.Validate(nested).Value!;
        Assert.Same(normal, InventoryValidator.Validate(normal).Value);
    }

    [Fact]
    public void FieldTables_CoverEveryJsonPropertyOfEveryRecordInOrder()
    {
        foreach (var definition in RecordDefinitions.All)
        {
            Assert.Equal(definition.TypeInfo.Properties.Select(p => p.Name), definition.Fields.Select(f => f.Name));
        }
    }

    private static NetworkInterface Nic(string mac) =>
        new() { Id = Guid.NewGuid(), OwnerId = NodeId, OwnerKind = NetworkInterfaceOwnerKind.Node, MacAddress = mac };

    private static string Json(NodeGroup group) => JsonSerializer.Serialize(group, InventoryJsonContext.Default.NodeGroup);
}
