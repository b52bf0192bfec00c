namespace Discovery.Text.Tests;

public sealed class QuotedValueTests
{
    [Fact]
    public void Of_ShortValue_QuotedWhole()
    {
        Assert.Equal("'nid0001'", QuotedValue.Of("nid0001"));
        Assert.Equal("'" + new string('a', 200) + "'", QuotedValue.Of(new string('a', 200)));
    }

    [Fact]
    public void Of_LongValue_CutAtTwoHundredWithEllipsisAndLength()
    {
        Assert.Equal("'" + new string('a', 200) + "…' (50000000 characters)", QuotedValue.Of(new string('a', 50_000_000)));
    }

    [Fact]
    public void Of_CutWouldSplitASurrogatePair_KeepsThePairWhole()
    {
        var value = new string('a', 199) + "😀" + new string('b', 100);

        Assert.Equal("'" + new string('a', 199) + "…' (301 characters)", QuotedValue.Of(value));
    }

    [Fact]
    public void Bare_LongName_CutWithoutQuotes()
    {
        Assert.Equal("labels." + new string('k', 193) + "… (1007 characters)", QuotedValue.Bare("labels." + new string('k', 1000)));
    }
}
