using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Crawling.Tests;

public sealed class RedfishPathTests
{
    [Theory]
    [InlineData("/redfish/v1/", "/redfish/v1")]
    [InlineData("/redfish/v1/Chassis/1/Thermal#Fans/0", "/redfish/v1/Chassis/1/Thermal")]
    [InlineData("/redfish/v1/Chassis/1/Thermal#/Fans/0", "/redfish/v1/Chassis/1/Thermal")]
    [InlineData("/redfish/v1/Systems/1/", "/redfish/v1/Systems/1")]
    [InlineData("/redfish/v1/LogServices/Log%231", "/redfish/v1/LogServices/Log%231")]
    [InlineData("/redfish/v1/Sessions/?$skip=2", "/redfish/v1/Sessions?$skip=2")]
    [InlineData("/", "/")]
    public void Clean_Spellings_ReturnsWirePath(string link, string expected)
    {
        Assert.Equal(expected, RedfishPath.Clean(link));
    }

    [Fact]
    public void Key_CaseAndSlashVariants_AreOneIdentity()
    {
        // iLO 5 links /redfish/v1/systems/1/bios while serving /redfish/v1/Systems/1/Bios/.
        Assert.Equal(RedfishPath.Key("/redfish/v1/Systems/1/Bios/"), RedfishPath.Key("/redfish/v1/systems/1/bios"));
        Assert.NotEqual(RedfishPath.Key("/redfish/v1/Foo%23Bar"), RedfishPath.Key("/redfish/v1/Foo#Bar"));
    }

    [Theory]
    [InlineData("/redfish/v1/Systems", true)]
    [InlineData("https://redfishpdu.contoso.com/redfish/v1/PowerEquipment", false)]
    [InlineData("http://127.0.0.2/redfish/v1/Systems", false)]
    [InlineData("Systems/1", false)]
    public void IsFollowable_OnlySameServiceRelativePaths(string link, bool expected)
    {
        Assert.Equal(expected, RedfishPath.IsFollowable(link));
    }

    [Fact]
    public void SegmentsAfterRoot_DropsRootAndQuery()
    {
        Assert.Equal(["systems", "1"], RedfishPath.SegmentsAfterRoot("/redfish/v1/systems/1?$top=5"));
        Assert.Empty(RedfishPath.SegmentsAfterRoot("/redfish/v1"));
    }
}
