using Discovery.Locate.Snmp;

namespace Discovery.Tests.Locate.Snmp;

public sealed class ObjectIdentifierTests
{
    [Theory]
    [InlineData("1.3.6.1.2.1.17.4.3.1.2", "2B060102011104030102")]
    [InlineData("1.3.6.1.2.1.17.7.1.2.2.1.2", "2B06010201110701020201 02")]
    [InlineData("1.3.6.1.4.1.8072.3.2.10", "2B06010401BF0803020A")]
    [InlineData("1.3.6.1.2.1.17.4.3.1.2.0.21.93.1.2.3", "2B0601020111040301020015 5D010203")]
    [InlineData("2.999.3", "883703")]
    [InlineData("1.3.4294967295", "2B8FFFFFFF7F")]
    public void Encode_Known_MatchesX690(string text, string expected)
    {
        var oid = ObjectIdentifier.Parse(text);

        var content = oid.EncodeContent();

        Assert.Equal(expected.Replace(" ", string.Empty, StringComparison.Ordinal), Convert.ToHexString(content));
        Assert.Equal(text, ObjectIdentifier.Decode(content).ToString());
    }

    [Fact]
    public void CompareTo_Arcs_OrdersArcByArcNotAsText()
    {
        var oids = new[] { "1.3.6.1.10", "1.3.6.1.9", "1.3.6.1.9.1", "1.3.6.2" }.Select(ObjectIdentifier.Parse).ToList();

        oids.Sort();

        Assert.Equal(["1.3.6.1.9", "1.3.6.1.9.1", "1.3.6.1.10", "1.3.6.2"], oids.Select(o => o.ToString()));
    }

    [Fact]
    public void After_Column_ReturnsTheIndex()
    {
        var column = ObjectIdentifier.Parse("1.3.6.1.2.1.17.4.3.1.2");
        var instance = column.Append(0, 21, 93, 1, 2, 3);

        Assert.True(instance.StartsWith(column));
        Assert.Equal([0u, 21, 93, 1, 2, 3], instance.After(column).ToArray());
        Assert.False(column.StartsWith(instance));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.3.x")]
    [InlineData("3.1")]
    [InlineData("")]
    public void Parse_Bad_Throws(string text) =>
        Assert.ThrowsAny<Exception>(() => ObjectIdentifier.Parse(text));

    [Theory]
    [InlineData("2B86")]
    [InlineData("2B8FFFFFFFFF7F")]
    public void Decode_Truncated_ThrowsMalformed(string hex)
    {
        var error = Assert.Throws<SnmpException>(() => ObjectIdentifier.Decode(Convert.FromHexString(hex)));

        Assert.Equal(SnmpErrorKind.Malformed, error.Kind);
    }
}
