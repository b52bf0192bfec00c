using Discovery.Records.Xnames;

namespace Discovery.Records.Xnames.Tests;

public sealed class XnameAssignerTests
{
    private static IdMap Map(string yaml)
    {
        var result = IdMapLoader.Parse(yaml, "ids.yaml");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Map!;
    }

    [Fact]
    public void AssignBmc_SameLastOctetDifferentSubnet_NoCollision()
    {
        // Magellan derives x<a>c0s<d>b0 from one octet, so these two collide there.
        var assigner = new XnameAssigner(IdMap.Empty);

        var first = assigner.AssignBmc("10.0.1.5", null);
        var second = assigner.AssignBmc("10.0.2.5", null);

        Assert.Equal("x1001c0s5b0", first);
        Assert.Equal("x1002c0s5b0", second);
    }

    [Fact]
    public void AssignBmc_WholeSlash16_IsCollisionFreeAndValid()
    {
        var assigner = new XnameAssigner(IdMap.Empty);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var c = 0; c < 256; c++)
        {
            for (var d = 0; d < 256; d++)
            {
                var xname = assigner.AssignBmc($"172.16.{c}.{d}", null);
                Assert.True(seen.Add(xname), $"172.16.{c}.{d} got {xname} twice");
                Assert.EndsWith("b0", xname, StringComparison.Ordinal);
            }
        }

        Assert.Equal(65536, seen.Count);
        Assert.All(seen.Take(500), x => Assert.Equal(XnameKind.NodeBmc, Xname.Parse(x).Kind));
    }

    [Fact]
    public void Derive_EverySecondOctetAndThirdOctet_IsInjectiveAndInRange()
    {
        // (b, c) -> (cabinet, chassis) must be one-to-one for the scheme to be injective on a /8.
        var seen = new HashSet<(int, int?)>();
        for (var b = 0; b < 256; b++)
        {
            for (var c = 0; c < 256; c++)
            {
                var xname = XnameAssigner.Derive($"10.{b}.{c}.1");
                Assert.True(seen.Add((xname.Cabinet, xname.Chassis)), $"10.{b}.{c}.1 collides");
                Assert.InRange(xname.Cabinet, 1000, Xname.MaxCabinet);
            }
        }
    }

    [Fact]
    public void AssignBmc_SameAddressAcrossAssigners_IsDeterministic()
    {
        var a = new XnameAssigner(IdMap.Empty).AssignBmc("192.168.40.17", null);
        var b = new XnameAssigner(IdMap.Empty).AssignBmc("192.168.40.17", "a4:bf:01:28:90:aa");
        var v6a = new XnameAssigner(IdMap.Empty).AssignBmc("fd00::17", null);
        var v6b = new XnameAssigner(IdMap.Empty).AssignBmc("FD00:0:0::17", null);

        // b = 168: cabinet 1000 + (168 mod 32) * 256 + 40 = 3088, chassis 168 div 32 = 5.
        Assert.Equal("x3088c5s17b0", a);
        Assert.Equal(a, b);
        Assert.Equal(v6a, v6b);
        Assert.InRange(Xname.Parse(v6a).Cabinet, 0, 999);
    }

    [Fact]
    public void AssignBmc_RepeatedCall_ReturnsSameXname()
    {
        var assigner = new XnameAssigner(IdMap.Empty);

        Assert.Equal(assigner.AssignBmc("10.0.1.5", null), assigner.AssignBmc("::ffff:10.0.1.5", null));
    }

    [Fact]
    public void AssignBmc_MappedByIp_UsesMap()
    {
        var assigner = new XnameAssigner(Map("10.0.1.5: x3000c0s1b0"));

        Assert.Equal("x3000c0s1b0", assigner.AssignBmc("10.0.1.5", "a4:bf:01:28:90:aa"));
    }

    [Fact]
    public void AssignBmc_MappedByMac_UsesMapWhateverSpelling()
    {
        var assigner = new XnameAssigner(Map("a4:bf:01:28:90:aa: x3000c0s2b0"));

        Assert.Equal("x3000c0s2b0", assigner.AssignBmc("10.0.1.5", "A4-BF-01-28-90-AA"));
    }

    [Fact]
    public void AssignBmc_IpEntryWinsOverMacEntry()
    {
        var assigner = new XnameAssigner(Map("10.0.1.5: x3000c0s1b0\na4:bf:01:28:90:aa: x3000c0s2b0"));

        Assert.Equal("x3000c0s1b0", assigner.AssignBmc("10.0.1.5", "a4:bf:01:28:90:aa"));
    }

    [Fact]
    public void AssignBmc_DerivedXnameTakenByMap_RaisesBmcOrdinal()
    {
        // The map gives 10.0.1.5's natural xname to another BMC (by MAC, not yet seen): never hand it out twice.
        var assigner = new XnameAssigner(Map("a4:bf:01:28:90:aa: x1001c0s5b0\n10.0.9.9: x1001c0s5b1"));

        var derived = assigner.AssignBmc("10.0.1.5", null);
        var mapped = assigner.AssignBmc("10.0.7.7", "a4:bf:01:28:90:aa");

        Assert.Equal("x1001c0s5b2", derived);
        Assert.Equal("x1001c0s5b0", mapped);
    }

    [Fact]
    public void AssignBmc_TwoSlash8sMeet_SecondGetsNextOrdinal()
    {
        var assigner = new XnameAssigner(IdMap.Empty);

        Assert.Equal("x1001c0s5b0", assigner.AssignBmc("10.0.1.5", null));
        Assert.Equal("x1001c0s5b1", assigner.AssignBmc("192.0.1.5", null));
    }

    [Fact]
    public void AssignBmc_ParallelCallers_GetDistinctXnames()
    {
        var assigner = new XnameAssigner(IdMap.Empty);
        var addresses = Enumerable.Range(0, 2000).Select(i => i % 2 == 0 ? $"10.0.{i / 256}.{i % 256}" : $"11.0.{i / 256}.{i % 256}");

        var xnames = addresses.AsParallel().Select(a => assigner.AssignBmc(a, null)).ToList();

        Assert.Equal(2000, xnames.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AssignNode_ViaInterface_AppendsIndex()
    {
        IXnameAssigner assigner = new XnameAssigner(IdMap.Empty);

        Assert.Equal("x1001c0s5b0n1", assigner.AssignNode(assigner.AssignBmc("10.0.1.5", null), 1));
    }

    // Issue 16: --id-map first, then the location map, then the derived xname; the source of each name is kept.
    [Fact]
    public void NameBmc_IdMapThenLocationMapThenDerived_EachWithItsSource()
    {
        var located = new Dictionary<string, (Xname? Xname, string SwitchPort)>(StringComparer.Ordinal)
        {
            ["02:00:00:00:00:01"] = (Xname.Parse("x3000c0s1b0"), "leaf1/Ethernet1"),
            ["02:00:00:00:00:02"] = (Xname.Parse("x3000c0s2b0"), "leaf1/Ethernet2"),
            // The location map names x3000c0s3b0 here, but the id map gives that xname to another BMC.
            ["02:00:00:00:00:03"] = (Xname.Parse("x3000c0s3b0"), "leaf1/Ethernet3"),
            ["02:00:00:00:00:04"] = (null, "leaf1/Ethernet48"),
        };
        var assigner = new XnameAssigner(
            Map("10.0.1.1: x3000c0s9b0\n10.0.1.9: x3000c0s3b0"),
            mac => located.TryGetValue(mac, out var at) ? at : null,
            located.Values.Where(l => l.Xname is not null).Select(l => l.Xname!).ToHashSet());

        Assert.Equal(new BmcName("x3000c0s9b0", XnameSources.IdMap, "leaf1/Ethernet1"), assigner.NameBmc("10.0.1.1", "02:00:00:00:00:01"));
        Assert.Equal(new BmcName("x3000c0s2b0", XnameSources.LocationMap, "leaf1/Ethernet2"), assigner.NameBmc("10.0.1.2", "02:00:00:00:00:02"));
        var third = assigner.NameBmc("10.0.1.3", "02:00:00:00:00:03");
        Assert.Equal((XnameSources.Derived, "leaf1/Ethernet3"), (third.Source, third.SwitchPort));
        Assert.NotEqual("x3000c0s3b0", third.Xname);
        Assert.Equal(XnameSources.Derived, assigner.NameBmc("10.0.1.4", "02:00:00:00:00:04").Source);
        Assert.Equal(new BmcName("x3000c0s3b0", XnameSources.IdMap, null), assigner.NameBmc("10.0.1.9", "02:00:00:00:00:09"));
    }
}
