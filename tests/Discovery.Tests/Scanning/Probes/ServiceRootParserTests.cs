using System.Text;
using Discovery.Scanning.Probes;

namespace Discovery.Scanning.Probes.Tests;

public sealed class ServiceRootParserTests
{
    [Fact]
    public void TryParse_IloServiceRoot_ReadsFieldsAndLowersUuid()
    {
        var body = """
            {"@odata.id":"/redfish/v1/","@odata.type":"#ServiceRoot.v1_5_1.ServiceRoot","Name":"HPE RESTful Root Service",
             "Product":"ProLiant DL325 Gen10 Plus","RedfishVersion":"1.6.0","UUID":"51B90F18-5AA5-5613-A356-809A476C3DD0","Vendor":"HPE"}
            """;

        var root = ServiceRootParser.TryParse(Encoding.UTF8.GetBytes(body));

        Assert.NotNull(root);
        Assert.Equal("51b90f18-5aa5-5613-a356-809a476c3dd0", root.Uuid);
        Assert.Equal("1.6.0", root.RedfishVersion);
        Assert.Equal("HPE", root.Vendor);
        Assert.Equal("ProLiant DL325 Gen10 Plus", root.Product);
        Assert.Equal("HPE RESTful Root Service", root.Name);
    }

    [Fact]
    public void TryParse_NoVendorButOemKey_InfersVendor()
    {
        var body = """{"@odata.type":"#ServiceRoot.v1_1_0.ServiceRoot","RedfishVersion":"1.0.2","Oem":{"Dell":{}}}""";

        Assert.Equal("Dell", ServiceRootParser.TryParse(Encoding.UTF8.GetBytes(body))?.Vendor);
    }

    [Fact]
    public void TryParse_CrayStyleWithoutUuid_IsStillAServiceRoot()
    {
        var body = """{"@odata.type":"#ServiceRoot.v1_2_0.ServiceRoot","RedfishVersion":"1.2.0","Name":"Root Service"}""";

        var root = ServiceRootParser.TryParse(Encoding.UTF8.GetBytes(body));

        Assert.NotNull(root);
        Assert.Null(root.Uuid);
        Assert.Null(root.Vendor);
    }

    [Theory]
    [InlineData("<html><body>login</body></html>")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"status\":\"ok\"}")]
    [InlineData("{\"@odata.type\":\"#Manager.v1_0_0.Manager\"}")]
    [InlineData("{\"RedfishVersion\":")]
    [InlineData("")]
    public void TryParse_NotAServiceRoot_ReturnsNull(string body)
    {
        Assert.Null(ServiceRootParser.TryParse(Encoding.UTF8.GetBytes(body)));
    }
}
