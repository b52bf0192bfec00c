using System.Text;
using Discovery.Scanning.Probes;

namespace Discovery.Scanning.Probes.Tests;

public sealed class SsdpMessagesTests
{
    [Fact]
    public void CreateSearch_IsRedfishMSearch()
    {
        var text = Encoding.ASCII.GetString(SsdpMessages.CreateSearch(2));

        Assert.StartsWith("M-SEARCH * HTTP/1.1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("ST: urn:dmtf-org:service:redfish-rest:1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("MAN: \"ssdp:discover\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("MX: 2\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_RedfishAnswer_ReadsUuidAndAl()
    {
        var answer = "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nST: urn:dmtf-org:service:redfish-rest:1\r\n"
            + "usn: uuid:92384634-2938-2342-8820-489239905423::urn:dmtf-org:service:redfish-rest:1\r\n"
            + "AL: https://10.0.0.5/redfish/v1/\r\nEXT:\r\n\r\n";

        var response = SsdpMessages.TryParse(Encoding.ASCII.GetBytes(answer));

        Assert.NotNull(response);
        Assert.Equal("92384634-2938-2342-8820-489239905423", response.Uuid);
        Assert.Equal(new Uri("https://10.0.0.5/redfish/v1/"), response.Location);
    }

    [Theory]
    [InlineData("NOTIFY * HTTP/1.1\r\nUSN: uuid:x\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nAL: https://10.0.0.5/redfish/v1/\r\n\r\n")]
    [InlineData("garbage")]
    public void TryParse_NotAnAnswerWithUsn_ReturnsNull(string text)
    {
        Assert.Null(SsdpMessages.TryParse(Encoding.ASCII.GetBytes(text)));
    }
}
