using Discovery.Records.Xnames;

namespace Discovery.Records.Xnames.Tests;

public sealed class IdMapLoaderTests
{
    private const string File = "ids.yaml";

    [Fact]
    public void Parse_BmcsList_MapsIpAndMac()
    {
        var result = IdMapLoader.Parse(
            """
            bmcs:
              - ip: 10.0.1.5
                xname: x3000c0s1b0
              - mac: A4-BF-01-28-90-AA
                xname: x3000c0s2b0
              - ip: 10.0.1.7
                mac: a4bf.0128.90ab
                xname: x3000c0r15b0
            """, File);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var map = result.Map!;
        Assert.Equal("x3000c0s1b0", map.FindByIp("10.0.1.5")?.ToString());
        Assert.Equal("x3000c0s2b0", map.FindByMac("a4:bf:01:28:90:aa")?.ToString());
        Assert.Equal("x3000c0r15b0", map.FindByIp("10.0.1.7")?.ToString());
        Assert.Equal("x3000c0r15b0", map.FindByMac("A4BF012890AB")?.ToString());
        Assert.Equal(4, map.Entries.Count);
        Assert.Equal(4, map.Entries.Single(e => e.Key == "a4:bf:01:28:90:aa").Line);
    }

    [Fact]
    public void Parse_FlatJson_DetectsIpAndMacKeys()
    {
        var result = IdMapLoader.Parse(
            "{\n\t\"10.0.1.5\": \"x3000c0s1b0\",\n\t\"a4-bf-01-28-90-aa\":\"x3000c0s2b0\",\n\t\"fd00::5\": \"x3000c0b0\"\n}", "ids.json");

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal("x3000c0s1b0", result.Map!.FindByIp("10.0.1.5")?.ToString());
        Assert.Equal("x3000c0s2b0", result.Map.FindByMac("a4:bf:01:28:90:aa")?.ToString());
        Assert.Equal("x3000c0b0", result.Map.FindByIp("FD00:0::5")?.ToString());
    }

    [Fact]
    public void Parse_FlatYaml_Maps()
    {
        var result = IdMapLoader.Parse("10.0.1.5: x3000c0s1b0\n10.0.2.5: x3000c0s2b0\n", File);

        Assert.True(result.Success);
        Assert.Equal("x3000c0s2b0", result.Map!.FindByIp("10.0.2.5")?.ToString());
    }

    [Fact]
    public void Parse_Empty_ReturnsEmptyMap()
    {
        var result = IdMapLoader.Parse("", File);

        Assert.True(result.Success);
        Assert.Empty(result.Map!.Entries);
    }

    // Found by scripts/fuzz.sh: a lone surrogate in JSON text threw ArgumentException instead of being an error.
    [Fact]
    public void Parse_JsonWithAnUnpairedSurrogate_ReportsFileLineAndTheCharacter()
    {
        var result = IdMapLoader.Parse("{\n  \"10.0.1.5\": \"x3000c0s1b0\uDC00\"\n}", File);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Map);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("ids.yaml:2: not valid JSON: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("U+DC00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidXname_ReportsFileLineAndValue()
    {
        var result = IdMapLoader.Parse(
            """
            bmcs:
              - ip: 10.0.1.5
                xname: x3000c0s1b0
              - ip: 10.0.1.6
                xname: x3000c9s1b0
            """, File);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Map);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("ids.yaml:5: '10.0.1.6':", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("chassis 9 is outside 0-7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoKeysOneXname_ReportsDuplicateWithBothLines()
    {
        var result = IdMapLoader.Parse(
            """
            10.0.1.5: x3000c0s1b0
            10.0.1.6: x3000c0s2b0
            a4:bf:01:28:90:aa: X3000C0S1B0
            """, File);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("xname 'x3000c0s1b0' for MAC a4:bf:01:28:90:aa is already given to line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameIpTwoSpellings_ReportsDuplicateKey()
    {
        var result = IdMapLoader.Parse(
            """
            bmcs:
              - ip: 10.0.1.5
                xname: x3000c0s1b0
              - ip: ::ffff:10.0.1.5
                xname: x3000c0s2b0
            """, File);

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("IP 10.0.1.5 is already mapped on line 2 (to 'x3000c0s1b0')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var result = IdMapLoader.Parse(
            """
            bmcs:
              - ip: 10.0.1.999
                xname: x3000c0s1b0
              - mac: zz:bf:01:28:90:aa
                xname: x3000c0s2b0
              - ip: 10.0.1.8
              - ip: 10.0.1.9
                xname: x3000c0s3b0n0
              - host: bmc1
                xname: x3000c0s4b0
            """, File);

        Assert.Null(result.Map);
        Assert.Collection(
            result.Errors.OrderBy(e => e.Line),
            e => Assert.Equal((2, "'10.0.1.999' is not an IP address"), (e.Line, e.Message)),
            e => Assert.Equal((4, "'zz:bf:01:28:90:aa' is not a MAC address"), (e.Line, e.Message)),
            e => Assert.Equal((6, "'10.0.1.8' has no xname"), (e.Line, e.Message)),
            e => Assert.Equal(8, e.Line),
            e => Assert.Equal((9, "unexpected field 'host' (expected ip, mac and xname with plain values)"), (e.Line, e.Message)));
        Assert.Contains("names a Node, not a BMC", result.Errors.Single(e => e.Line == 8).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlatKeyNeitherIpNorMac_ReportsKey()
    {
        var result = IdMapLoader.Parse("{ \"bmc-1.example\": \"x3000c0s1b0\" }", "ids.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal("ids.json:1: key 'bmc-1.example' is neither an IP address nor a MAC address", error.ToString());
    }

    [Fact]
    public void Parse_BrokenSyntax_ReportsLine()
    {
        var result = IdMapLoader.Parse("{\n  \"10.0.1.5\": \"x3000c0s1b0\",\n  \"10.0.1.6\" \"x3000c0s2b0\"\n}", "ids.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlatYamlSameKeyTwice_ReportsLineOfSecond()
    {
        var result = IdMapLoader.Parse("10.0.1.5: x3000c0s1b0\n10.0.1.6: x3000c0s2b0\n10.0.1.5: x3000c0s3b0\n", File);

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.EndsWith("(at '10.0.1.5: x3000c0s3b0')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadYamlIndentation_ReportsLine()
    {
        var result = IdMapLoader.Parse("bmcs:\n  - ip: 10.0.1.5\n    xname: x3000c0s1b0\n   - ip: 10.0.1.6\n", File);

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("not valid YAML or JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_ReturnsErrorNamingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"discover-idmap-{Guid.NewGuid():N}.yaml");

        var result = await IdMapLoader.LoadAsync(path, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Line);
        Assert.StartsWith($"{path}: cannot read the id map", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RealFile_Loads()
    {
        var dir = Directory.CreateTempSubdirectory("discover-idmap-");
        try
        {
            var path = Path.Combine(dir.FullName, "ids.yaml");
            await System.IO.File.WriteAllTextAsync(path, "bmcs:\n  - ip: 10.0.1.5\n    xname: x3000c0s1b0\n", TestContext.Current.CancellationToken);

            var result = await IdMapLoader.LoadAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal("x3000c0s1b0", result.Map?.FindByIp("10.0.1.5")?.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
