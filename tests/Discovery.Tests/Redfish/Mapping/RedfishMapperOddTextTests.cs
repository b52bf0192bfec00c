using Discovery.Redfish.Crawling;
using Discovery.Redfish.Mapping;

namespace Discovery.Redfish.Mapping.Tests;

/// <summary>
/// Found by scripts/fuzz.sh (redfish target): a string with an escaped unpaired surrogate ("\udddd", valid JSON
/// that .NET refuses to decode) made the mapper throw InvalidOperationException and lose the whole BMC. What a
/// BMC reports is kept: the half surrogate becomes U+FFFD and every other character stays.
/// </summary>
public sealed class RedfishMapperOddTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Map_EscapedHalfSurrogates_KeepsTheNodeAndTheRestOfEachValue()
    {
        var documents = new RedfishDocuments();
        Assert.True(documents.TryAdd("/redfish/v1", """{"@odata.id": "/redfish/v1", "UUID": "92384634-2938-2342-8820-489239905423", "Systems": {"@odata.id": "/redfish/v1/Systems"}, "Managers": {"@odata.id": "/redfish/v1/Managers"}, "UpdateService": {"@odata.id": "/redfish/v1/UpdateService"}}"""));
        Assert.True(documents.TryAdd("/redfish/v1/Systems", """{"Members": [{"@odata.id": "/redfish/v1/Systems/1"}]}"""));
        Assert.True(documents.TryAdd("/redfish/v1/Systems/1", """{"@odata.id": "/redfish/v1/Systems/1", "SerialNumber": "SN\udddd42", "Model": "\ud83d\ude00 R1", "Manufacturer": "Contoso"}"""));
        Assert.True(documents.TryAdd("/redfish/v1/Managers", """{"Members": [{"@odata.id": "/redfish/v1/Managers/BMC"}]}"""));
        Assert.True(documents.TryAdd("/redfish/v1/Managers/BMC", """{"@odata.id": "/redfish/v1/Managers/BMC", "Id": "BMC\udc00", "ManagerType": "BMC"}"""));
        Assert.True(documents.TryAdd("/redfish/v1/UpdateService", """{"FirmwareInventory": {"@odata.id": "/redfish/v1/UpdateService/FirmwareInventory"}}"""));
        Assert.True(documents.TryAdd("/redfish/v1/UpdateService/FirmwareInventory", """{"Members": [{"@odata.id": "/redfish/v1/UpdateService/FirmwareInventory/BMC"}]}"""));
        Assert.True(documents.TryAdd("/redfish/v1/UpdateService/FirmwareInventory/BMC", """{"Id": "BMC\udc00", "Version": "1.2\ud800"}"""));

        var inventory = RedfishMapper.Map(documents, "127.0.0.9", 443, Now);

        var node = Assert.Single(inventory.Nodes);
        Assert.Equal("SN\uFFFD42", node.SerialNumber);
        Assert.Equal("\U0001F600 R1", node.Model);
        Assert.Equal("Contoso", node.Manufacturer);
        Assert.Equal("1.2\uFFFD", inventory.Bmc.FirmwareVersion);
    }

    [Fact]
    public void Extract_LinkWithAnEscapedHalfSurrogate_IsFollowedAsReported()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"Systems": {"@odata.id": "/redfish/v1/Systems\udc00"}}""");

        var link = Assert.Single(LinkExtractor.Extract(document.RootElement));

        Assert.Equal("/redfish/v1/Systems\uFFFD", link.Uri);
    }
}
