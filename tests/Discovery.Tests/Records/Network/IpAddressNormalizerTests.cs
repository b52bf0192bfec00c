using Discovery.Records.Network;

namespace Discovery.Records.Network.Tests;

public sealed class IpAddressNormalizerTests
{
    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5")]
    [InlineData(" 16.1.15.1 ", "16.1.15.1")]
    [InlineData("192.168.1.7/24", "192.168.1.7")]
    public void NormalizeIpv4_RealAddress_ReturnsCanonical(string input, string expected)
    {
        Assert.Equal(expected, IpAddressNormalizer.NormalizeIpv4(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("N/A")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("1")]
    [InlineData("fe80::1")]
    public void NormalizeIpv4_PlaceholderOrWrongFamily_ReturnsNull(string? input)
    {
        Assert.Null(IpAddressNormalizer.NormalizeIpv4(input));
    }

    [Theory]
    [InlineData("FE80::5E3A:45FF:FE3E:9E34/64", "fe80::5e3a:45ff:fe3e:9e34")]
    [InlineData("fe80:0:0:0:0:0:0:1", "fe80::1")]
    public void NormalizeIpv6_WithPrefixOrLongForm_ReturnsCompressedLowerCase(string input, string expected)
    {
        Assert.Equal(expected, IpAddressNormalizer.NormalizeIpv6(input));
    }

    [Theory]
    [InlineData("::")]
    [InlineData("N/A")]
    [InlineData("10.0.0.1")]
    [InlineData("")]
    public void NormalizeIpv6_PlaceholderOrWrongFamily_ReturnsNull(string input)
    {
        Assert.Null(IpAddressNormalizer.NormalizeIpv6(input));
    }
}
