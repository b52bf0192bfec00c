using System.Net;
using System.Net.Sockets;
using Discovery.Targets;

namespace Discovery.Targets.Tests;

public sealed class TargetParserTests
{
    [Theory]
    [InlineData("10.0.0.0/24", "10.0.0.0", "10.0.0.255", 256UL)]
    [InlineData("10.0.0.77/24", "10.0.0.0", "10.0.0.255", 256UL)]
    [InlineData("10.0.0.5/32", "10.0.0.5", "10.0.0.5", 1UL)]
    [InlineData("127.0.0.0/16", "127.0.0.0", "127.0.255.255", 65536UL)]
    [InlineData("10.0.0.1-50", "10.0.0.1", "10.0.0.50", 50UL)]
    [InlineData("10.0.0.1-10.0.0.50", "10.0.0.1", "10.0.0.50", 50UL)]
    [InlineData("10.0.0.250-10.0.1.4", "10.0.0.250", "10.0.1.4", 11UL)]
    [InlineData("10.0.0.7", "10.0.0.7", "10.0.0.7", 1UL)]
    [InlineData(" 10.0.0.7 ", "10.0.0.7", "10.0.0.7", 1UL)]
    [InlineData("::1", "::1", "::1", 1UL)]
    [InlineData("[fd00::5]", "fd00::5", "fd00::5", 1UL)]
    [InlineData("fd00::/120", "fd00::", "fd00::ff", 256UL)]
    [InlineData("fd00::1-fd00::10", "fd00::1", "fd00::10", 16UL)]
    public void TryParse_AddressForms_GiveTheRange(string text, string first, string last, ulong count)
    {
        Assert.True(TargetParser.TryParse(text, TargetSource.Argument, out var spec, out var error), error?.Message);

        var range = Assert.NotNull(spec.Range);
        Assert.Equal(IPAddress.Parse(first), AddressRange.ToAddress(range.Family, range.First));
        Assert.Equal(IPAddress.Parse(last), AddressRange.ToAddress(range.Family, range.Last));
        Assert.Equal(count, range.Count);
        Assert.Null(spec.HostName);
    }

    [Theory]
    [InlineData("bmc-01.cluster.example")]
    [InlineData("localhost")]
    [InlineData("x1000c0s0b0")]
    public void TryParse_HostName_IsReturnedForResolution(string text)
    {
        Assert.True(TargetParser.TryParse(text, TargetSource.Argument, out var spec, out _));

        Assert.Equal(text, spec.HostName);
        Assert.Null(spec.Range);
    }

    [Theory]
    [InlineData("10.0.0.0/33", "prefix length 33 is out of range for IPv4 (0-32)")]
    [InlineData("10.0.0.300", "'300' is not an octet (0-255)")]
    [InlineData("10.0.0.5-2", "range end 2 is below its start 10.0.0.5")]
    [InlineData("10.0.0.1-256", "range end '256' is not an octet (0-255)")]
    [InlineData("10.0.0", "not a valid IPv4 address (expected four dot-separated octets)")]
    [InlineData("10.0.0.0/x", "prefix length x is out of range for IPv4 (0-32)")]
    [InlineData("fd00::/129", "prefix length 129 is out of range for IPv6 (0-128)")]
    [InlineData("fd00::/64", "/64 holds 2^64 addresses, more than the limit of 16777216 (a /104)")]
    [InlineData("0.0.0.0/0", "/0 holds 4294967296 addresses, more than the limit of 16777216 (a /8)")]
    [InlineData("fd00::g", "not a valid IPv6 address")]
    [InlineData("10.0.0.1-::5", "range start and end are of different address families")]
    [InlineData("bad_host!", "not an IP address, CIDR, range or valid host name")]
    public void TryParse_BadTarget_NamesValueSourceAndProblem(string text, string reason)
    {
        Assert.False(TargetParser.TryParse(text, new TargetSource("hosts.txt", 3), out _, out var error));

        Assert.Equal(reason, error.Reason);
        Assert.Equal(text.Trim(), error.Value);
        Assert.Equal($"hosts.txt:3: '{text}': {reason}", error.Message);
    }

    [Fact]
    public void TryParse_SlashEight_IsAllowedAtTheLimit()
    {
        Assert.True(TargetParser.TryParse("10.0.0.0/8", TargetSource.Argument, out var spec, out _));

        Assert.Equal(TargetParser.MaxRangeSize, spec.Range!.Value.Count);
        Assert.Equal(AddressFamily.InterNetwork, spec.Range.Value.Family);
    }
}
