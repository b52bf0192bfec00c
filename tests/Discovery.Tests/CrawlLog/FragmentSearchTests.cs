using Discovery.CrawlLog;

namespace Discovery.CrawlLog.Tests;

public sealed class FragmentSearchTests
{
    private static readonly FragmentSearch Search = new(["password", "key"]);

    [Theory]
    [InlineData("""{"UserName":"admin","PASSWORD":null}""", true)]
    [InlineData("""{"EncryptionKey":"x"}""", true)]
    [InlineData("""{"Name":"Compute node","PowerState":"On"}""", false)]
    [InlineData("""{"Name":"Pässwort ünd Schlüssel"}""", false)]
    [InlineData("""{"Name":"Größe","Pass":"PassWord"}""", true)]
    [InlineData("", false)]
    public void IsIn_Text_FindsFragmentsIgnoringCase(string text, bool expected)
    {
        Assert.Equal(expected, Search.IsIn(text));
    }

    [Theory]
    [InlineData("pa\u017F\u017Fword (long s)")]
    [InlineData("\u212Aey (Kelvin sign)")]
    [InlineData("Größe KEY")]
    [InlineData("Größe")]
    public void IsIn_NonAsciiText_AnswersAsOrdinalIgnoreCase(string text)
    {
        var expected = new[] { "password", "key" }.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(expected, Search.IsIn(text));
    }

    [Fact]
    public void IsIn_TextLongerThanTheStackBuffer_SearchesToTheEnd()
    {
        var filler = new string('x', 10_000);

        Assert.True(Search.IsIn(filler + "PassWord"));
        Assert.False(Search.IsIn(filler + "pass word"));
        Assert.True(Search.IsIn(filler + "é" + "KEY"));
    }
}
