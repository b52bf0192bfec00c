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
    public void Map_PropertyNamesWithEscapedHalfSurrogates_KeepsTheNodeAndEveryOtherProperty()
    {
        // A half in a property name made every lookup in its object throw (scripts/fuzz.sh, seed 324490187, input 4513).
        var documents = new RedfishDocuments();
        Assert.True(documents.TryAdd("/redfish/v1", """{"@odata.id": "/redfish/v1", "Name\ud800": "Root", "Links": {"Ses\ud800sions": {"@odata.id": "/redfish/v1/SessionService/Sessions"}}, "UUID": "92384634-2938-2342-8820-489239905423", "Systems": {"@odata.id": "/redfish/v1/Systems"}}"""));
        Assert.True(documents.TryAdd("/redfish/v1/Systems", """{"Members": [{"@odata.id": "/redfish/v1/Systems/1"}]}"""));
        Assert.True(documents.TryAdd("/redfish/v1/Systems/1", """{"@odata.id": "/redfish/v1/Systems/1", "Oem": {"Contoso\udc01": {}}, "SerialNumber": "SN42", "Model\udfff": "R2", "Manufacturer": "Contoso", "Path": "C:\\ud800"}"""));

        var inventory = RedfishMapper.Map(documents, "127.0.0.9", 443, Now);

        var node = Assert.Single(inventory.Nodes);
        Assert.Equal(("SN42", "Contoso", (string?)null), (node.SerialNumber, node.Manufacturer, node.Model));
        Assert.Equal("92384634-2938-2342-8820-489239905423", inventory.Bmc.ServiceUuid);
    }

    [Theory]
    [InlineData("""{"a\ud800": 1, "b": "x\udbff\udfffy"}""", """{"a\uFFFD": 1, "b": "x\udbff\udfffy"}""")]
    [InlineData("""{"p": "C:\\ud800 and \\\ud800"}""", """{"p": "C:\\ud800 and \\\uFFFD"}""")]
    [InlineData("""{"plain": "no escapes"}""", """{"plain": "no escapes"}""")]
    public void RepairSurrogateEscapes_HalvesOnly_PairsAndEscapedBackslashesStay(string json, string expected) =>
        Assert.Equal(expected, RedfishJson.RepairSurrogateEscapes(json));

    [Fact]
    public void ParseObject_BytesWithAHalfInAPropertyName_ReadableLikeTheText()
    {
        const string body = """{"Name\udc00": "x", "Id": "1"}""";

        var element = RedfishJson.ParseObject(System.Text.Encoding.UTF8.GetBytes(body), body);

        Assert.Equal("1", element!.Value.GetProperty("Id").GetString());
        Assert.Equal("x", element.Value.GetProperty("Name\uFFFD").GetString());
    }

    [Fact]
    public void Extract_LinkWithAnEscapedHalfSurrogate_IsFollowedAsReported()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"Systems": {"@odata.id": "/redfish/v1/Systems\udc00"}}""");

        var link = Assert.Single(LinkExtractor.Extract(document.RootElement));

        Assert.Equal("/redfish/v1/Systems\uFFFD", link.Uri);
    }
}
