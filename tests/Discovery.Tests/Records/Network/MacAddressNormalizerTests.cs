using Discovery.Records.Network;

namespace Discovery.Records.Network.Tests;

public sealed class MacAddressNormalizerTests
{
    [Theory]
    [InlineData("AA:BB:CC:DD:EE:FF", "aa:bb:cc:dd:ee:ff")]
    [InlineData("a4-bf-01-28-90-aa", "a4:bf:01:28:90:aa")]
    [InlineData("A4-BF-01-28-90-AA", "a4:bf:01:28:90:aa")]
    [InlineData("aabb.ccdd.ee01", "aa:bb:cc:dd:ee:01")]
    [InlineData("0A CA FE F0 0D 04", null)]
    [InlineData("0acafef00d04", "0a:ca:fe:f0:0d:04")]
    [InlineData("  12:44:6A:3B:88:90  ", "12:44:6a:3b:88:90")]
    public void Normalize_KnownSpellings_ReturnsLowerColonForm(string input, string? expected)
    {
        Assert.Equal(expected, MacAddressNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Not Available")]
    [InlineData("N/A")]
    [InlineData("00:00:00:00:00:00")]
    [InlineData("FF:FF:FF:FF:FF:FF")]
    [InlineData("aa:bb:cc:dd:ee")]
    [InlineData("aa:bb:cc:dd:ee:ff:00")]
    [InlineData("gg:bb:cc:dd:ee:ff")]
    public void Normalize_PlaceholdersAndGarbage_ReturnsNull(string? input)
    {
        Assert.Null(MacAddressNormalizer.Normalize(input));
    }
}
