using Discovery.Records.Manifests;

namespace Discovery.Yaml.Tests;

// Found by scripts/fuzz.sh (manifest target): a double-quoted YAML string whose \u escapes make half a surrogate
// pair followed by something else made YamlDotNet throw ArgumentOutOfRangeException out of TryLoad.
public sealed class YamlDocumentLoaderEscapeTests
{
    [Theory]
    [InlineData("kind: NodeGroup\nname: \"\\ud800\\u0041\"\n")]
    [InlineData("kind: NodeGroup\nname: \"\\udc00\\ud800\"\n")]
    public void TryLoad_EscapedHalfSurrogatePair_IsAnErrorOnItsLine(string text)
    {
        var loaded = YamlDocumentLoader.TryLoad(text, out _, out var line, out var message);

        Assert.False(loaded);
        Assert.Equal(2, line);
        Assert.Contains("surrogate", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_EscapedSurrogatePair_IsItsCharacter()
    {
        Assert.True(YamlDocumentLoader.TryLoad("name: \"\\ud83d\\ude00\"\n", out var stream, out _, out _));
        Assert.Single(stream.Documents);
    }

    [Fact]
    public void ManifestReader_EscapedHalfSurrogatePair_NamesFileAndLine()
    {
        var error = Assert.Single(ManifestReader.Parse("kind: NodeGroup\nname: \"\\ud800\\u0041\"\n", "groups.yaml").Errors);

        Assert.StartsWith("groups.yaml:2: not valid YAML: ", error.ToString(), StringComparison.Ordinal);
    }

    // Found by scripts/fuzz.sh (config target, seed 20261206, inputs 5453 and 6780): YamlDotNet threw ArgumentException.
    [Theory]
    [InlineData("- [!!int!]\n", 1, "Global tags must be valid URIs")]
    [InlineData("store:\n  enabled---\n: \n", 3, "The current event is of an unsupported type")]
    public void TryLoad_TextYamlDotNetRefusesWithAnArgumentException_IsAnErrorOnItsLine(string text, int expectedLine, string expected)
    {
        var loaded = YamlDocumentLoader.TryLoad(text, out _, out var line, out var message);

        Assert.False(loaded);
        Assert.Equal((expectedLine, expected), (line, message));
    }
}
