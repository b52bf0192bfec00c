using Discovery.Targets;

namespace Discovery.Targets.Tests;

public sealed class TargetListParserTests
{
    [Fact]
    public void Parse_CommentsBlanksAndLists_YieldsTargetsWithLineNumbers()
    {
        string[] lines = ["# rack 1", "", "10.0.0.1  # the CMM", "10.0.0.2,10.0.0.3 bmc-4", "   "];

        var (specs, errors) = TargetListParser.Parse("racks.txt", lines);

        Assert.Empty(errors);
        Assert.Equal(["10.0.0.1", "10.0.0.2", "10.0.0.3", "bmc-4"], specs.Select(s => s.Text));
        Assert.Equal(new TargetSource("racks.txt", 4), specs[3].Source);
    }

    [Fact]
    public void Parse_EmptyFile_IsAnErrorNamingTheFile()
    {
        var (specs, errors) = TargetListParser.Parse("empty.txt", ["# nothing here", ""]);

        Assert.Empty(specs);
        var error = Assert.Single(errors);
        Assert.Equal("empty.txt: the file holds no targets", error.Message);
    }

    [Fact]
    public void Parse_BadLine_ErrorCarriesFileAndLine()
    {
        var (_, errors) = TargetListParser.Parse("hosts.txt", ["10.0.0.1", "10.0.0.300"]);

        Assert.Equal("hosts.txt:2: '10.0.0.300': '300' is not an octet (0-255)", Assert.Single(errors).Message);
    }
}
