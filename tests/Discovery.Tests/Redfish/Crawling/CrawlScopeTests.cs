using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Crawling.Tests;

public sealed class CrawlScopeTests
{
    [Theory]
    [InlineData("/redfish/v1")]
    [InlineData("/redfish/v1/systems/1/ethernetinterfaces/nic1")]
    [InlineData("/redfish/v1/systems/1/processors/cpu0")]
    [InlineData("/redfish/v1/systems/1/memory/dimm1")]
    [InlineData("/redfish/v1/systems/1/storage/1/drives/0")]
    [InlineData("/redfish/v1/managers/bmc/ethernetinterfaces/eth0")]
    [InlineData("/redfish/v1/managers/bmc/networkprotocol")]
    [InlineData("/redfish/v1/managers/bmc/hostinterfaces/1")]
    [InlineData("/redfish/v1/chassis/1u/networkadapters/nic/networkdevicefunctions/1")]
    [InlineData("/redfish/v1/updateservice/firmwareinventory/bmc")]
    [InlineData("/redfish/v1/systems/1/graphicscontrollers/gpu1")]
    [InlineData("/redfish/v1/systems/1/simplestorage/1")]
    [InlineData("/redfish/v1/systems/1/pciedevices/1/pciefunctions/1")]
    [InlineData("/redfish/v1/chassis/1/pciedevices/138/pciefunctions/1")]
    public void Includes_InventoryPaths_True(string key)
    {
        Assert.True(CrawlScope.Includes(CrawlProfile.Inventory, key, memberOfFetchedCollection: false));
    }

    [Theory]
    [InlineData("/redfish/v1/systems/1/bios")]
    [InlineData("/redfish/v1/systems/1/logservices/sel")]
    [InlineData("/redfish/v1/chassis/1/thermal")]
    [InlineData("/redfish/v1/accountservice")]
    [InlineData("/redfish/v1/managers/bmc/networkprotocol/https/certificates")]
    [InlineData("/redfish/v1/systems/1/graphicscontrollers/gpu1/ports/displayport")]
    [InlineData("/redfish/v1/systems/1/processors/fpga1/accelerationfunctions/compression")]
    public void Includes_OutsideInventory_False(string key)
    {
        Assert.False(CrawlScope.Includes(CrawlProfile.Inventory, key, memberOfFetchedCollection: false));
    }

    [Theory]
    [InlineData("/redfish/v1/systems/1/graphicscontrollers/gpu1")]
    [InlineData("/redfish/v1/chassis/1/pciedevices/138")]
    public void Includes_PartPathsWithProfileNodes_False(string key)
    {
        Assert.False(CrawlScope.Includes(CrawlProfile.Nodes, key, memberOfFetchedCollection: false));
        Assert.True(CrawlScope.Includes(CrawlProfile.Nodes, "/redfish/v1/systems/1/memory/dimm1", memberOfFetchedCollection: false));
    }

    [Fact]
    public void Includes_NestedChassisMember_True()
    {
        // intel-s2600bpb lists /redfish/v1/Chassis/RackMount/Baseboard as a member of /redfish/v1/Chassis.
        Assert.False(CrawlScope.Includes(CrawlProfile.Inventory, "/redfish/v1/chassis/rackmount/baseboard", memberOfFetchedCollection: false));
        Assert.True(CrawlScope.Includes(CrawlProfile.Inventory, "/redfish/v1/chassis/rackmount/baseboard", memberOfFetchedCollection: true));
    }

    [Theory]
    [InlineData("/redfish/v1/jsonschemas/chassis.v1_9_0.json", false)]
    [InlineData("/redfish/v1/registries/base", false)]
    [InlineData("/redfish/v1/managers/bmc/logservices/sel/entries", false)]
    [InlineData("/redfish/v1/managers/bmc/logservices/sel/entries/1", false)]
    [InlineData("/redfish/v1/managers/bmc/logservices/sel", true)]
    [InlineData("/redfish/v1/chassis/1/thermal", true)]
    [InlineData("/redfish/v1/accountservice/accounts/1", true)]
    public void Includes_FullProfile_AllButSchemasRegistriesAndLogEntries(string key, bool expected)
    {
        Assert.Equal(expected, CrawlScope.Includes(CrawlProfile.Full, key, memberOfFetchedCollection: true));
    }
}
