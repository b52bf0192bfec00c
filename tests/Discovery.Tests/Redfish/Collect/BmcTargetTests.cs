using Discovery.Redfish.Collect;

namespace Discovery.Redfish.Collect.Tests;

public sealed class BmcTargetTests
{
    [Theory]
    [InlineData("10.0.0.5", "https://10.0.0.5/", "10.0.0.5:443")]
    [InlineData("10.0.0.5:8443", "https://10.0.0.5:8443/", "10.0.0.5:8443")]
    [InlineData("http://127.0.0.2:5000/redfish/v1", "http://127.0.0.2:5000/", "127.0.0.2:5000")]
    [InlineData("fe80::1", "https://[fe80::1]/", "[fe80::1]:443")]
    [InlineData("[::1]:8443", "https://[::1]:8443/", "[::1]:8443")]
    [InlineData("bmc1.example", "https://bmc1.example/", "bmc1.example:443")]
    public void Parse_Forms_BaseUriAndEndpoint(string text, string baseUri, string endpoint)
    {
        var target = BmcTarget.Parse(text);

        Assert.NotNull(target);
        Assert.Equal(baseUri, target.BaseUri.ToString());
        Assert.Equal(endpoint, target.Endpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ftp://10.0.0.5")]
    [InlineData("https://")]
    public void Parse_NotATarget_Null(string text)
    {
        Assert.Null(BmcTarget.Parse(text));
    }
}
