namespace Discovery.Text.Tests;

/// <summary>The sort key a database can compute: its ordinal order is the natural order.</summary>
public sealed class NaturalOrderKeyTests
{
    [Theory]
    [InlineData("x1000c0s2b0n0", "x00041000c0000s00012b0000n0000")]
    [InlineData("s10", "s000210")]
    [InlineData("d007", "d00017")]
    [InlineData("n0", "n0000")]
    [InlineData("", "")]
    [InlineData("node-a", "node-a")]
    public void Key_Values_DigitRunsCarryTheirLength(string text, string key) => Assert.Equal(key, NaturalOrder.Key(text));

    [Fact]
    public void Key_OrdinalOrderOfKeys_IsTheNaturalOrder()
    {
        string[] names =
        [
            "x1000c0s10b0n0", "x1000c0s2b0n0", "x1000c0s2b0n1", "x1000c0s02b0n0", "x999c0s1b0n0", "x1000c1s1b0n0", "x1000c0s2b10n0",
            "x1000c0s2b0", "d1a", "d1", "d01", "d10", "a9", "b1", "", "0", "x1000c0s1b0n0-extra", "x1000c0s1b0n0/",
        ];

        var byKey = names.OrderBy(NaturalOrder.Key, StringComparer.Ordinal).ThenBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(names.Order(NaturalOrder.Instance), byKey);
        Assert.Equal(["", "0", "a9", "b1", "d01", "d1", "d1a", "d10"], byKey[..8]);
        Assert.Equal(["x999c0s1b0n0", "x1000c0s1b0n0-extra", "x1000c0s1b0n0/", "x1000c0s2b0", "x1000c0s02b0n0", "x1000c0s2b0n0", "x1000c0s2b0n1", "x1000c0s2b10n0", "x1000c0s10b0n0", "x1000c1s1b0n0"], byKey[8..]);
    }
}
