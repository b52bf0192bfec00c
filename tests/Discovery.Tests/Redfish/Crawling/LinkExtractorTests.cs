using System.Text.Json;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Crawling.Tests;

public sealed class LinkExtractorTests
{
    [Fact]
    public void Extract_NestedLinksMembersAndNextLink_FoundOnceEach()
    {
        using var document = JsonDocument.Parse("""
            {
              "@odata.id": "/redfish/v1/Chassis",
              "Members": [{"@odata.id": "/redfish/v1/Chassis/1", "Links": {"ManagedBy": [{"@odata.id": "/redfish/v1/Managers/1"}]}}],
              "Members@odata.nextLink": "/redfish/v1/Chassis?$skip=1",
              "Oem": {"Deep": {"Deeper": [{"Target": {"@odata.id": "/redfish/v1/Oem/Thing"}}]}},
              "Remote": {"@odata.id": "https://redfishpdu.contoso.com/redfish/v1/PowerEquipment"}
            }
            """);

        var links = LinkExtractor.Extract(document.RootElement);

        Assert.Equal(
            [("/redfish/v1/Chassis/1", true), ("/redfish/v1/Managers/1", false), ("/redfish/v1/Chassis?$skip=1", false), ("/redfish/v1/Oem/Thing", false)],
            links.Select(l => (l.Uri, l.IsMember)));
    }
}
