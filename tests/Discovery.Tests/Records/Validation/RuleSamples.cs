using System.Text.Json.Nodes;
using Discovery.Records.Validation;

namespace Discovery.Records.Validation.Tests;

/// <summary>
/// Good and bad values for every rule, with the normal form of each good one. The validator tests and the
/// schema-equivalence test both run every field of every record through these.
/// </summary>
internal static class RuleSamples
{
    public sealed record Sample(JsonNode? Value, bool Good, string? Normal = null)
    {
        public override string ToString() => Value?.ToJsonString() ?? "null";
    }

    public static IReadOnlyList<Sample> For(ValueRule rule) => Table[rule];

    private static Sample Ok(string value, string? normal = null) => new(JsonValue.Create(value), true, normal ?? value);

    private static Sample Bad(string value) => new(JsonValue.Create(value), false);

    private static Sample OkNumber(double value) => new(JsonValue.Create(value), true);

    private static Sample BadNumber(double value) => new(JsonValue.Create(value), false);

    private static readonly Dictionary<ValueRule, Sample[]> Table = new()
    {
        [ValueRules.Mac] =
        [
            Ok("aa:bb:cc:dd:ee:ff"), Ok("A4-BF-01-28-90-AA", "a4:bf:01:28:90:aa"), Ok("aabb.ccdd.eeff", "aa:bb:cc:dd:ee:ff"),
            Ok("AABBCCDDEEFF", "aa:bb:cc:dd:ee:ff"), Bad(""), Bad("aa:bb:cc:dd:ee"), Bad("aa:bb-cc:dd:ee:ff"), Bad("00:00:00:00:00:00"),
            Bad("FF-FF-FF-FF-FF-FF"), Bad("gg:bb:cc:dd:ee:ff"), Bad("aa:bb:cc:dd:ee:ff\n"), Bad(" aa:bb:cc:dd:ee:ff"), Bad("Not Available"),
        ],
        [ValueRules.Ipv4] =
        [
            Ok("10.0.1.5"), Ok("255.255.255.254"), Ok("1.2.3.4"), Bad("0.0.0.0"), Bad("255.255.255.255"), Bad("010.0.0.1"),
            Bad("10.0.1"), Bad("10.0.1.256"), Bad("10.0.1.5/24"), Bad("N/A"), Bad("fe80::1"), Bad("10.0.1.5\n"),
        ],
        [ValueRules.Ipv6] =
        [
            Ok("fe80::1"), Ok("FE80::0001", "fe80::1"), Ok("2001:db8:0:0:0:0:0:1", "2001:db8::1"), Ok("::1"), Ok("1::"),
            Bad("::"), Bad("0:0:0:0:0:0:0:0"), Bad("fe80::1/64"), Bad("fe80::1%eth0"), Bad("::ffff:10.0.0.1"), Bad("1::2::3"),
            Bad("10.0.0.1"), Bad("gggg::1"), Bad("1:2:3:4:5:6:7:8:9"),
        ],
        [ValueRules.IpAddress] =
        [
            Ok("10.0.1.5"), Ok("2001:DB8::1", "2001:db8::1"), Bad("0.0.0.0"), Bad("::"), Bad("bmc1.example.test"), Bad("10.0.1.5:443"),
        ],
        [ValueRules.Hostname] =
        [
            Ok("nid0001"), Ok("Node-1.Cluster.Example", "node-1.cluster.example"), Ok("1234"), Bad(""), Bad("-node"), Bad("node-"),
            Bad("node_1"), Bad("node 1"), Bad("node..example"), Bad("node.example."), Bad(new string('a', 64)),
            Bad(string.Join('.', Enumerable.Repeat(new string('a', 63), 4))), Ok(string.Join('.', Enumerable.Repeat(new string('a', 63), 3)) + ".a"),
        ],
        [ValueRules.Fqdn] =
        [
            Ok("bmc1.example.test"), Ok("BMC1.Example.Test.", "bmc1.example.test"), Ok("x3000c0s19b1"), Bad("10.0.0.1"), Bad("10.0.0.1."), Bad("bmc_1.example.test"),
            Bad(".example.test"), Bad("bmc1..test"),
        ],
        [ValueRules.NodeXname] =
        [
            Ok("x3000c0s1b0n0"), Ok("X3000C0S01B0N0", "x3000c0s1b0n0"), Ok("x09999c7s99999b99999n99999", "x9999c7s99999b99999n99999"),
            Ok("x000009999c000000007s000099999b0n0", "x9999c7s99999b0n0"),
            Bad("x3000c0s1b0"), Bad("x3000c8s1b0n0"), Bad("x10000c0s1b0n0"), Bad("x3000c0s100000b0n0"), Bad("x0000003000c0s1b0n0"),
            Bad("x3000c0s1b0n"), Bad("node1"), Bad(" x3000c0s1b0n0"),
        ],
        [ValueRules.BmcXname] =
        [
            Ok("x3000c0s1b0"), Ok("x3000c0r15b0"), Ok("x1000c0b0"), Ok("X3000C0S01B00", "x3000c0s1b0"), Bad("x3000c0s1b0n0"), Bad("x3000c0"),
            Bad("x3000"), Bad("x3000c9s1b0"),
        ],
        [ValueRules.Uuid] =
        [
            Ok("6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01"), Ok("6F9B2A10-1C2D-4E3F-8A4B-5C6D7E8F9A01", "6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01"),
            Bad("6f9b2a101c2d4e3f8a4b5c6d7e8f9a01"), Bad("{6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01}"), Bad("not-a-uuid"),
        ],
        [ValueRules.GroupMember] =
        [
            Ok("x3000c0s1b0n0"), Ok("X3000C0S1B0N00", "x3000c0s1b0n0"), Ok("6F9B2A10-1C2D-4E3F-8A4B-5C6D7E8F9A01", "6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01"),
            Bad("x3000c0s1b0"), Bad("node1"),
        ],
        [ValueRules.Name] = [Ok("compute"), Ok("rack-1:gpu_a.v2"), Bad("Compute"), Bad("compute nodes"), Bad(""), Bad("gpu/a")],
        [ValueRules.LabelKey] = [Ok("role"), Ok("example.com/rack"), Ok("A_b.c"), Bad("Bad Key"), Bad("-role"), Bad("a/b/c"), Bad("")],
        [ValueRules.LabelValue] = [Ok("gpu"), Ok(""), Ok("A100_80g.v2"), Bad("-gpu"), Bad("a b"), Bad(new string('a', 64))],
        [ValueRules.BootUrl] =
        [
            Ok("http://10.0.0.1/boot/vmlinuz"), Ok("https://boot.example.test:8443/rocky9/initrd.img?v=2#x"), Ok("tftp://boot/ipxe.efi"),
            Ok("nfs://nas.example.test/exports/rocky9"), Ok("http://[fd00::1]:8080/image.squashfs"), Bad("ftp://boot/vmlinuz"), Bad("HTTP://boot/x"),
            Bad("http://"), Bad("/boot/vmlinuz"), Bad("http://boot/a b"), Bad("http://admin:secret@boot/vmlinuz"),
        ],
        [ValueRules.SshPublicKey] =
        [
            Ok("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx2 admin@head"), Ok("ecdsa-sha2-nistp256 AAAAE2VjZHNh="),
            Ok("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== root"), Bad("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----"),
            Bad("ssh-ed25519"), Bad("ssh-foo AAAA"), Bad("ssh-ed25519 AAAA\nssh-ed25519 BBBB"),
        ],
        [ValueRules.UserName] = [Ok("admin"), Ok("_svc-boot1"), Bad("Admin"), Bad("1admin"), Bad(new string('a', 33)), Bad("ad min")],
        [ValueRules.SingleLine] = [Ok("console=ttyS0,115200 root=live:http://10.0.0.1/image ip=dhcp"), Ok(""), Bad("quiet\nsplash")],
        [ValueRules.AbsolutePath] = [Ok("/redfish/v1/Systems/1"), Bad("redfish/v1/Systems/1"), Bad("")],
        [ValueRules.Architecture] = [Ok("x86_64"), Ok("aarch64"), Ok("ppc64le"), Bad("amd64"), Bad("X86_64"), Bad("arm64"), Bad("")],
        [ValueRules.PowerState] = [Ok("On"), Ok("PoweringOff"), Bad("on"), Bad("Unknown")],
        [ValueRules.LinkStatus] = [Ok("LinkUp"), Ok("NoLink"), Bad("Up")],
        [ValueRules.OwnerKind] = [Ok("node"), Ok("bmc"), Bad("Node"), Bad("switch")],
        [ValueRules.NonNegative] = [OkNumber(0), OkNumber(2), BadNumber(-1)],
        [ValueRules.Port] = [OkNumber(1), OkNumber(443), OkNumber(65535), OkNumber(0), BadNumber(65536), BadNumber(-1)],
        [ValueRules.VlanId] = [OkNumber(0), OkNumber(4094), BadNumber(4095), BadNumber(-1)],
    };
}
