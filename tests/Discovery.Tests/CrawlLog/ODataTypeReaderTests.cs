using Discovery.CrawlLog;

namespace Discovery.CrawlLog.Tests;

public sealed class ODataTypeReaderTests
{
    [Theory]
    [InlineData("""{"@odata.type":"#Manager.v1_10_0.Manager","Links":{"x":{"@odata.type":"#Other"}}}""", "#Manager.v1_10_0.Manager")]
    [InlineData("{\n  \"@odata.type\" : \"#Chassis.v1_5_0.Chassis\"\n}", "#Chassis.v1_5_0.Chassis")]
    [InlineData("""{"@odata.type":"#Esc\"aped"}""", "#Esc\"aped")]
    [InlineData("""{"@odata.type" : 5, "x":"y"}""", null)]
    [InlineData("{\"@odata.type\":\t\"#Tab\\u0041\"}", "#TabA")]
    [InlineData("""{"Name":"no type"}""", null)]
    [InlineData("""{"@odata.type":""", null)]
    [InlineData("not json @odata.type", null)]
    [InlineData(null, null)]
    public void FirstODataType_Bodies_ReturnsTypeOrNull(string? body, string? expected)
    {
        Assert.Equal(expected, ODataTypeReader.FirstODataType(body));
    }
}
