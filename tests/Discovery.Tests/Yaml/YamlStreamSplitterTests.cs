using Discovery.Yaml;

namespace Discovery.Yaml.Tests;

public sealed class YamlStreamSplitterTests
{
    [Fact]
    public void Split_CutsOnlyAtMarkerLinesAndPadsEachPartWithTheLinesBeforeIt()
    {
        // "----" and "---x" are not markers; "--- " and "---" alone are.
        const string Text = "a: 1\n----: 2\n---x: 3\n--- \nb: 4\nc: 5\n---\nd: 6\ne: 7\n";

        var parts = YamlStreamSplitter.Split(Text, parts: 3, minimumPartChars: 8);

        Assert.NotNull(parts);
        Assert.Equal(["a: 1\n----: 2\n---x: 3\n", "\n\n\n--- \nb: 4\nc: 5\n", "\n\n\n\n\n\n---\nd: 6\ne: 7\n"], parts);
        Assert.Equal(Text, string.Concat(parts.Select(p => p.TrimStart('\n'))));
    }

    [Theory]
    [InlineData("%YAML 1.2\n---\na: 1\n---\nb: 2\n")]
    [InlineData("a: 1\n%TAG ! tag:x,2000:\n---\nb: 2\n")]
    [InlineData("a: 1\r---\rb: 2\r")]
    [InlineData("a: 1\nb: 2\nc: 3\nd: 4\n")]
    public void Split_TextWithDirectivesBareCarriageReturnsOrNoMarker_IsReadWhole(string text) =>
        Assert.Null(YamlStreamSplitter.Split(text, parts: 4, minimumPartChars: 4));

    [Fact]
    public void Split_ShortText_IsReadWhole() =>
        Assert.Null(YamlStreamSplitter.Split("a: 1\n---\nb: 2\n", parts: 4, minimumPartChars: 1024));

    [Fact]
    public void Split_CrLfLines_KeepsLineNumbers()
    {
        var parts = YamlStreamSplitter.Split("a: 1\r\nb: 2\r\n---\r\nc: 3\r\n", parts: 2, minimumPartChars: 4);

        Assert.NotNull(parts);
        Assert.Equal("\n\n---\r\nc: 3\r\n", parts[1]);
    }
}
