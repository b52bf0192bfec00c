using Discovery.Records.Xnames;

namespace Discovery.Records.Xnames.Tests;

public sealed class XnameTests
{
    [Theory]
    [InlineData("x3000", nameof(XnameKind.Cabinet), "x3000")]
    [InlineData("x3000c0", nameof(XnameKind.Chassis), "x3000c0")]
    [InlineData("x1000c7b0", nameof(XnameKind.ChassisBmc), "x1000c7b0")]
    [InlineData("x3000c0r15b0", nameof(XnameKind.RouterBmc), "x3000c0r15b0")]
    [InlineData("x3000c0s1b0", nameof(XnameKind.NodeBmc), "x3000c0s1b0")]
    [InlineData("x3000c0s1b0n1", nameof(XnameKind.Node), "x3000c0s1b0n1")]
    [InlineData("X3000C0S01B0", nameof(XnameKind.NodeBmc), "x3000c0s1b0")]
    [InlineData("x0c0s0b0n0", nameof(XnameKind.Node), "x0c0s0b0n0")]
    public void TryParse_ValidXname_ReturnsKindAndCanonicalText(string text, string kind, string canonical)
    {
        // The kind comes in by name: a public theory cannot take the library's internal enum.
        Assert.True(Xname.TryParse(text, out var xname, out var error), error);
        Assert.Equal(Enum.Parse<XnameKind>(kind), xname.Kind);
        Assert.Equal(canonical, xname.ToString());
    }

    [Fact]
    public void TryParse_NodeBmc_ExposesEveryNumber()
    {
        var xname = Xname.Parse("x3001c2s17b1");

        Assert.Equal(3001, xname.Cabinet);
        Assert.Equal(2, xname.Chassis);
        Assert.Equal(17, xname.Slot);
        Assert.Equal(1, xname.BmcOrdinal);
        Assert.Null(xname.Node);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("x3000c0s1", "is not an xname: expected")]
    [InlineData("c0s1b0", "is not an xname: expected")]
    [InlineData("x3000c8s1b0", "chassis 8 is outside 0-7")]
    [InlineData("x10000c0s1b0", "cabinet 10000 is outside 0-9999")]
    [InlineData("x3000c0sb0", "'s' at position 8 needs a number")]
    [InlineData("x3000c0s1b0-n0", "unexpected '-' at position 12")]
    [InlineData("x3000c0s99999999999b0", "too large")]
    [InlineData("x3000c0s1b0n0n1", "is not an xname")]
    public void TryParse_InvalidXname_ExplainsWhy(string text, string expected)
    {
        Assert.False(Xname.TryParse(text, out var xname, out var error));
        Assert.Null(xname);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidXname_ThrowsFormatExceptionNamingInput()
    {
        var ex = Assert.Throws<FormatException>(() => Xname.Parse("x1c9"));

        Assert.Contains("'x1c9'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameComponentsDifferentSpelling_AreEqual()
    {
        Assert.Equal(Xname.Parse("x3000c0s1b0"), Xname.Parse("X03000c00s001b0"));
        Assert.NotEqual(Xname.Parse("x3000c0s1b0"), Xname.Parse("x3000c0s1b1"));
    }

    [Fact]
    public void WithNode_NodeBmc_AppendsNode()
    {
        Assert.Equal("x3000c0s1b0n2", Xname.Parse("x3000c0s1b0").WithNode(2).ToString());
    }

    [Fact]
    public void WithNode_ChassisBmc_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Xname.Parse("x1000c0b0").WithNode(0));
    }

    [Fact]
    public void NodeBmc_OutOfRangeChassis_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Xname.NodeBmc(1000, 8, 1, 0));
    }
}
