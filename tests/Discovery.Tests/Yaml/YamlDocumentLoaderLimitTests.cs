using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Discovery.Yaml.Tests;

/// <summary>
/// Hostile YAML is an error with a line, not a dead process: nesting past 64 levels in any style (which overflowed
/// the stack when the document model was built) and aliases that expand past the limit (billion laughs).
/// </summary>
public sealed class YamlDocumentLoaderLimitTests
{
    [Fact]
    public void TryLoad_FlowListsFiftyThousandDeep_FailsOnTheLineWhereTheyStart()
    {
        var text = "kind: NodeGroup\nname: d\nlabels: " + new string('[', 50_000) + new string(']', 50_000) + "\n";

        Assert.False(YamlDocumentLoader.TryLoad(text, out _, out var line, out var message));
        Assert.Equal(3, line);
        Assert.Equal("lists and maps are nested deeper than 64 levels", message);
    }

    [Fact]
    public void TryLoad_FlowMappingsFiftyThousandDeep_Fails()
    {
        var text = "labels: " + string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "x" + new string('}', 50_000) + "\n";

        Assert.False(YamlDocumentLoader.TryLoad(text, out _, out var line, out var message));
        Assert.Equal(1, line);
        Assert.Contains("deeper than 64", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_BlockIndentationThousandsDeep_FailsOnTheSixtyFifthLevel()
    {
        var text = new StringBuilder();
        for (var level = 0; level < 3_000; level++)
        {
            text.Append(' ', level).Append("a:\n");
        }

        text.Append(' ', 3_000).Append("x\n");

        Assert.False(YamlDocumentLoader.TryLoad(text.ToString(), out _, out var line, out var message));
        // Line 1 opens the root mapping (level 1); the mapping that would be level 65 starts on line 65.
        Assert.Equal(65, line);
        Assert.Contains("deeper than 64", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_SixtyFourLevels_IsAccepted()
    {
        var text = new string('[', 64) + new string(']', 64);

        Assert.True(YamlDocumentLoader.TryLoad(text, out var stream, out _, out _));
        var depth = 1;
        for (var list = (YamlSequenceNode)stream.Documents[0].RootNode; list.Children.Count > 0; list = (YamlSequenceNode)list.Children[0])
        {
            depth++;
        }

        Assert.Equal(64, depth);
    }

    [Fact]
    public void TryLoad_BillionLaughsAliases_FailsOnTheAliasThatGoesOverTheLimit()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        Assert.False(YamlDocumentLoader.TryLoad(text.ToString(), out _, out var line, out var message));
        // a1..a3 add 12,330 aliased nodes; a4 (line 5) holds copies of a3 (11,111 nodes each): the eighth goes past 100,000.
        Assert.Equal(5, line);
        Assert.Contains("*a3", message, StringComparison.Ordinal);
        Assert.Contains("expand to more than 100,000 nodes", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_AliasOfADeepListUsedDeep_FailsAsTheNestingItMakes()
    {
        var text = "deep: &d " + new string('[', 40) + new string(']', 40) + "\n" + "use: " + new string('[', 30) + "*d" + new string(']', 30) + "\n";

        Assert.False(YamlDocumentLoader.TryLoad(text, out _, out var line, out var message));
        Assert.Equal(2, line);
        Assert.Contains("alias *d nests lists and maps deeper than 64 levels", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_AFewAliases_StillWork()
    {
        var text = "common: &c {rack: r1, row: a}\none: *c\ntwo: *c\n";

        Assert.True(YamlDocumentLoader.TryLoad(text, out var stream, out _, out _));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal("r1", ((YamlScalarNode)((YamlMappingNode)root["two"])["rack"]).Value);
    }
}
