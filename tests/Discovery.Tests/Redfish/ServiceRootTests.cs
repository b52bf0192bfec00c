using System.Text.Json.Nodes;
using Discovery.Redfish.Mapping;

namespace Discovery.Redfish.Tests;

/// <summary>
/// The one ServiceRoot reading that the scan's probe, the collector and the mapper share: what counts as a root,
/// the fields read, the vendor table, and every shared mockup's real root.
/// </summary>
public sealed class ServiceRootTests
{
    [Fact]
    public void TryParse_IloServiceRoot_ReadsFieldsAndLowersUuid()
    {
        var body = """
            {"@odata.id":"/redfish/v1/","@odata.type":"#ServiceRoot.v1_5_1.ServiceRoot","Name":"HPE RESTful Root Service",
             "Product":"ProLiant DL325 Gen10 Plus","RedfishVersion":"1.6.0","UUID":"51B90F18-5AA5-5613-A356-809A476C3DD0","Vendor":"HPE"}
            """;

        var root = ServiceRoot.TryParse(body);

        Assert.NotNull(root);
        Assert.Equal("51b90f18-5aa5-5613-a356-809a476c3dd0", root.Uuid);
        Assert.Equal("1.6.0", root.RedfishVersion);
        Assert.Equal("HPE", root.Vendor);
        Assert.Equal("ProLiant DL325 Gen10 Plus", root.Product);
        Assert.Equal("HPE RESTful Root Service", root.Name);
    }

    [Theory]
    [InlineData("Dell", "Dell")]
    [InlineData("Hpe", "HPE")]
    [InlineData("Hp", "HPE")]
    [InlineData("Cray", "HPE")]
    [InlineData("Ami", "AMI")]
    [InlineData("Supermicro", "Supermicro")]
    [InlineData("Contoso", null)]
    public void TryParse_NoVendorButOemKey_InfersVendorFromTheTable(string oemKey, string? vendor)
    {
        var body = """{"@odata.type":"#ServiceRoot.v1_1_0.ServiceRoot","RedfishVersion":"1.0.2","Oem":{"KEY":{}}}""".Replace("KEY", oemKey, StringComparison.Ordinal);

        Assert.Equal(vendor, ServiceRoot.TryParse(body)?.Vendor);
    }

    [Fact]
    public void TryParse_ReportedVendor_KeptAsReportedOverTheOemKey()
    {
        var body = """{"RedfishVersion":"1.6.0","Vendor":"Hewlett Packard Enterprise","Oem":{"Hpe":{}}}""";

        Assert.Equal("Hewlett Packard Enterprise", ServiceRoot.TryParse(body)?.Vendor);
    }

    [Fact]
    public void TryParse_CrayStyleWithoutUuid_IsStillAServiceRoot()
    {
        var body = """{"@odata.type":"#ServiceRoot.v1_2_0.ServiceRoot","RedfishVersion":"1.2.0","Name":"Root Service"}""";

        var root = ServiceRoot.TryParse(body);

        Assert.NotNull(root);
        Assert.Null(root.Uuid);
        Assert.Null(root.Vendor);
    }

    [Fact]
    public void TryParse_PaddedStrings_TrimmedAsTheMapperTrimsThem()
    {
        var root = ServiceRoot.TryParse("""{"RedfishVersion":" 1.1.0 ","Vendor":"Intel   ","UUID":""}""");

        Assert.Equal(("1.1.0", "Intel", null), (root?.RedfishVersion, root?.Vendor, root?.Uuid));
    }

    [Theory]
    [InlineData("<html><body>login</body></html>")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"status\":\"ok\"}")]
    [InlineData("{\"@odata.type\":\"#Manager.v1_0_0.Manager\"}")]
    [InlineData("{\"@odata.id\":\"/redfish/v1/Managers/1\"}")]
    [InlineData("{\"@odata.type\":\"#Manager.v1_0_0.Manager\",\"@odata.id\":\"/redfish/v1\"}")]
    [InlineData("{\"RedfishVersion\":")]
    [InlineData("{\"RedfishVersion\":\"\"}")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAServiceRoot_ReturnsNull(string? body)
    {
        Assert.Null(ServiceRoot.TryParse(body));
    }

    // The scan used to need a type or version and the collect a version or an @odata.id: each refused roots
    // the other took. Now any one sign is enough, for both.
    [Theory]
    [InlineData("{\"RedfishVersion\":\"1.0.0\"}")]
    [InlineData("{\"@odata.type\":\"#ServiceRoot.v1_0_0.ServiceRoot\"}")]
    [InlineData("{\"@odata.type\":\"#serviceroot.v1_0_0.ServiceRoot\"}")]
    [InlineData("{\"@odata.id\":\"/redfish/v1/\"}")]
    [InlineData("{\"@odata.id\":\"/redfish/v1\",\"Name\":\"Root Service\"}")]
    [InlineData("{\"Systems\":{\"@odata.id\":\"/redfish/v1/Systems\"}}")]
    [InlineData("{\"RedfishVersion\":\"1.0.0\",}")]
    [InlineData("\uFEFF{\"RedfishVersion\":\"1.0.0\"}")]
    [InlineData("{/* firmware comment */ \"RedfishVersion\":\"1.0.0\"}")]
    public void TryParse_OddButRealRoot_IsAServiceRoot(string body)
    {
        Assert.NotNull(ServiceRoot.TryParse(body));
    }

    [Theory]
    [InlineData("""{"RedfishVersion":"1.6.0","Links":{"Sessions":{"@odata.id":"/redfish/v1/SessionService/Sessions/"}},"SessionService":{"@odata.id":"/x"}}""", "/redfish/v1/SessionService/Sessions/")]
    [InlineData("""{"RedfishVersion":"1.6.0","SessionService":{"@odata.id":"/redfish/v1/SessionService"}}""", ServiceRoot.DefaultSessionsUri)]
    [InlineData("""{"RedfishVersion":"1.6.0"}""", null)]
    public void TryParse_SessionLinks_TellWhereToLogIn(string body, string? sessionsUri)
    {
        Assert.Equal(sessionsUri, ServiceRoot.TryParse(body)?.SessionsUri);
    }

    [Theory]
    [InlineData("dmtf-public-rackmount1", "92384634-2938-2342-8820-489239905423", "1.15.0", null, null)]
    [InlineData("hpe-proliant-dl325-gen10plus-ilo5", "51b90f18-5aa5-5613-a356-809a476c3dd0", "1.6.0", "HPE", "ProLiant DL325 Gen10 Plus")]
    [InlineData("intel-s2600bpb", "f4e0c73a-e66e-4acf-a109-bec76c47700d", "1.1.0", null, null)]
    [InlineData("gigabyte-h262-z63-ami", "009ea76e-debf-0010-e803-b42e99bade17", "1.7.0", "AMI", "AMI Redfish Server")]
    [InlineData("hpe-cray-ex425-nodecard", null, "1.2.0", null, null)]
    [InlineData("hpe-cray-ex-cmm", null, "1.2.0", null, null)]
    [InlineData("hpe-cray-slingshot-switch-blade", null, "1.2.0", null, null)]
    public void TryParse_SharedMockupRoot_ReadsItsFields(string mockup, string? uuid, string version, string? vendor, string? product)
    {
        var root = ServiceRoot.TryParse(RootText(mockup));

        Assert.NotNull(root);
        Assert.Equal((uuid, version, vendor, product), (root.Uuid, root.RedfishVersion, root.Vendor, root.Product));
        // Every mockup links Links.Sessions (MOCKUPS.md: all have a SessionService).
        Assert.Equal("/redfish/v1/SessionService/Sessions", root.SessionsUri);
    }

    // A scan reports the ServiceRoot; a collect maps the whole tree. For one BMC both must say the same.
    [Theory]
    [MemberData(nameof(Mockups))]
    public void Read_SharedMockup_ScanAndCollectReportTheSameBmc(string mockup)
    {
        var scanned = ServiceRoot.TryParse(RootText(mockup));

        var bmc = RedfishMapper.Map(SharedMockups.Load(mockup), "127.0.0.2", 443, DateTimeOffset.UnixEpoch).Bmc;

        Assert.NotNull(scanned);
        Assert.Equal((scanned.Uuid, scanned.RedfishVersion, scanned.Vendor), (bmc.ServiceUuid, bmc.RedfishVersion, bmc.Manufacturer));
    }

    // iLO 5 and AMI report Vendor; older firmware of the same families only has the Oem key. Either way the
    // vendor is spelled the same.
    [Theory]
    [InlineData("hpe-proliant-dl325-gen10plus-ilo5", "HPE")]
    [InlineData("gigabyte-h262-z63-ami", "AMI")]
    public void TryParse_SharedMockupRootWithoutVendor_InfersTheSameName(string mockup, string vendor)
    {
        var root = JsonNode.Parse(RootText(mockup))!.AsObject();
        root.Remove("Vendor");

        Assert.Equal(vendor, ServiceRoot.TryParse(root.ToJsonString())?.Vendor);
    }

    public static TheoryData<string> Mockups() => [.. SharedMockups.Names];

    private static string RootText(string mockup) =>
        File.ReadAllText(Path.Combine(SharedMockups.Path(mockup), "redfish", "v1", "index.json"));
}
