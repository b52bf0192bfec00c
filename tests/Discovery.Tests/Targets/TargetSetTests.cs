using System.Net;
using Discovery.Targets;

namespace Discovery.Targets.Tests;

public sealed class TargetSetTests
{
    [Fact]
    public void Create_OverlappingIncludes_CountsEachAddressOnce()
    {
        var set = TargetSet.Create([Range("10.0.0.0/24"), Range("10.0.0.10-20"), Range("10.0.0.255-10.0.1.3"), Range("10.0.0.9")], []);

        Assert.Equal(260UL, set.Count);
        var addresses = set.Enumerate().ToList();
        Assert.Equal(260, addresses.Count);
        Assert.Equal(260, addresses.Distinct().Count());
        Assert.Single(set.Ranges);
    }

    [Fact]
    public void Create_Exclude_CutsHolesAndEdges()
    {
        var set = TargetSet.Create([Range("127.0.0.0/24")], [Range("127.0.0.10-19"), Range("127.0.0.0"), Range("127.0.0.250-127.0.1.9")]);

        Assert.Equal(256UL - 10 - 1 - 6, set.Count);
        Assert.False(set.Contains(IPAddress.Parse("127.0.0.15")));
        Assert.False(set.Contains(IPAddress.Parse("127.0.0.0")));
        Assert.True(set.Contains(IPAddress.Parse("127.0.0.20")));
        Assert.True(set.Contains(IPAddress.Parse("127.0.0.249")));
        Assert.Equal(IPAddress.Parse("127.0.0.1"), set.Enumerate().First());
        Assert.Equal(IPAddress.Parse("127.0.0.249"), set.Enumerate().Last());
    }

    [Fact]
    public void Create_ExcludeEverything_IsEmpty()
    {
        var set = TargetSet.Create([Range("10.0.0.1-50")], [Range("10.0.0.0/24")]);

        Assert.Equal(0UL, set.Count);
        Assert.Empty(set.Enumerate());
    }

    [Fact]
    public void Create_MixedFamilies_KeepsBothAndIgnoresOtherFamilyExcludes()
    {
        var set = TargetSet.Create([Range("::1"), Range("127.0.0.1")], [Range("::2")]);

        Assert.Equal([IPAddress.Parse("127.0.0.1"), IPAddress.IPv6Loopback], set.Enumerate().ToList());
    }

    [Fact]
    public void Create_SlashSixteen_HoldsRangesNotAddresses()
    {
        var set = TargetSet.Create([Range("127.0.0.0/16")], [Range("127.0.5.0/24")]);

        Assert.Equal(65536UL - 256, set.Count);
        Assert.Equal(2, set.Ranges.Count);
        Assert.Equal((int)set.Count, set.Enumerate().Count());
    }

    private static AddressRange Range(string text)
    {
        Assert.True(TargetParser.TryParse(text, TargetSource.Argument, out var spec, out var error), error?.Message);
        return spec.Range!.Value;
    }
}
