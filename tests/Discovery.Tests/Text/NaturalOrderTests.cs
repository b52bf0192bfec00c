namespace Discovery.Text.Tests;

public sealed class NaturalOrderTests
{
    [Fact]
    public void Order_RedfishMemoryUris_NumericRunsCompareAsNumbers()
    {
        string[] uris = ["/Systems/1/Memory/10", "/Systems/1/Memory/2", "/Systems/1/Memory/1", "/Systems/1/Memory/proc1dimm14", "/Systems/1/Memory/proc1dimm3"];

        Assert.Equal(
            ["/Systems/1/Memory/1", "/Systems/1/Memory/2", "/Systems/1/Memory/10", "/Systems/1/Memory/proc1dimm3", "/Systems/1/Memory/proc1dimm14"],
            uris.Order(NaturalOrder.Instance));
    }

    [Theory]
    [InlineData("d2", "d10", -1)]
    [InlineData("d10", "d9", 1)]
    [InlineData("d02", "d10", -1)] // leading zeros do not make a number larger
    [InlineData("d01", "d1", -1)] // equal numbers: ordinal order breaks the tie, so the order is total
    [InlineData("d1", "d1", 0)]
    [InlineData("d1", "d1a", -1)] // a prefix sorts first
    [InlineData("a9", "b1", -1)] // text before the number decides first
    [InlineData("99999999999999999999999", "100000000000000000000000", -1)] // longer than a long: no overflow
    [InlineData("", "0", -1)]
    public void Compare_Pairs_SignAsExpectedBothWays(string x, string y, int sign)
    {
        Assert.Equal(sign, Math.Sign(NaturalOrder.Instance.Compare(x, y)));
        Assert.Equal(-sign, Math.Sign(NaturalOrder.Instance.Compare(y, x)));
    }

    [Fact]
    public void Compare_Null_SortsFirst()
    {
        Assert.Equal((-1, 1, 0), (Math.Sign(NaturalOrder.Instance.Compare(null, "a")), Math.Sign(NaturalOrder.Instance.Compare("a", null)), NaturalOrder.Instance.Compare(null, null)));
    }
}
