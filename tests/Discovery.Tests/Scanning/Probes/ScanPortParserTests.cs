using Discovery.Scanning.Probes;

namespace Discovery.Scanning.Probes.Tests;

public sealed class ScanPortParserTests
{
    [Fact]
    public void TryParse_ListRangesAndPrefixes_ExpandsInOrderWithoutDuplicates()
    {
        Assert.True(ScanPortParser.TryParse("443, 8000-8002,http:8080,443", httpByDefault: false, out var ports, out var error), error);

        Assert.Equal(
            [new(443), new(8000), new(8001), new(8002), new(8080, UseTls: false)],
            ports);
    }

    [Fact]
    public void TryParse_HttpByDefault_KeepsHttpsPrefix()
    {
        Assert.True(ScanPortParser.TryParse("80,https:443", httpByDefault: true, out var ports, out _));

        Assert.Equal([new(80, UseTls: false), new(443, UseTls: true)], ports);
    }

    [Theory]
    [InlineData("0", "'0' is not a port (1-65535) or port range")]
    [InlineData("65536", "'65536' is not a port (1-65535) or port range")]
    [InlineData("https", "'https' is not a port (1-65535) or port range")]
    [InlineData("9000-8000", "'9000-8000': range end 8000 is below its start 9000")]
    [InlineData("1-2000", "more than 1024 ports; BMCs listen on one or two")]
    public void TryParse_Bad_NamesTheProblem(string text, string expected)
    {
        Assert.False(ScanPortParser.TryParse(text, httpByDefault: false, out _, out var error));

        Assert.Equal(expected, error);
    }
}
