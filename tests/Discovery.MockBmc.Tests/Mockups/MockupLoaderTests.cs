using Discovery.MockBmc.Mockups;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests.Mockups;

public sealed class MockupLoaderTests
{
    [Fact]
    public void Load_TallForm_IndexesEveryIndexJsonByLowerCaseUri()
    {
        var tree = MockupLoader.Load(MockupPaths.Project("minimal"));

        Assert.Equal("minimal", tree.Name);
        Assert.Equal(15, tree.Resources.Count);
        Assert.Contains("/redfish", tree.Resources.Keys);
        Assert.Contains("/redfish/v1/managers/1/ethernetinterfaces/1", tree.Resources.Keys);
        Assert.Equal("/redfish/v1/systems", tree.SystemsCollectionKey);
        Assert.Equal("6f9b2a10-1c2d-4e3f-8a4b-5c6d7e8f9a01", tree.ServiceUuid);
    }

    [Fact]
    public void Load_ShortForm_MapsFolderToRedfishV1AndAddsVersionDocument()
    {
        using var temp = new TempDirectory();
        Http.MockRequestHandlerTests.WriteShortFormMockup(temp.Path);

        var tree = MockupLoader.Load(temp.Path);

        Assert.Equal(["/redfish", "/redfish/v1", "/redfish/v1/systems", "/redfish/v1/systems/a"], tree.Resources.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_FolderWithoutServiceRoot_ThrowsMockBmcException()
    {
        using var temp = new TempDirectory();

        Assert.Throws<MockBmcException>(() => MockupLoader.Load(temp.Path));
    }

    [Fact]
    public void Load_NicsUnderManagers_PicksDedicatedNicNotHostInterfaceOrDisabled()
    {
        var tree = MockupLoader.Load(MockupPaths.Project("nics-under-managers"));

        Assert.Equal("B0-41-6F-00-00-02", tree.ManagerMac);
        var ipv4 = Assert.Single(tree.Tokens, t => t.Kind == TokenKind.ManagerIpv4);
        Assert.Equal("10.0.0.31", ipv4.Original);
    }

    [Fact]
    public void Load_NoSystems_HasNoManagerNicAndNoSystemsCollection()
    {
        var tree = MockupLoader.Load(MockupPaths.Project("no-systems"));

        Assert.Null(tree.ManagerMac);
        Assert.Null(tree.SystemsCollectionKey);
        Assert.DoesNotContain(tree.Tokens, t => t.Kind == TokenKind.ManagerIpv4);
    }

    [Fact]
    public void Load_MultiSystem_FindsEverySerialAndMac()
    {
        var tree = MockupLoader.Load(MockupPaths.Project("multi-system"));

        var serials = tree.Tokens.Where(t => t.Kind == TokenKind.Serial).Select(t => t.Original).ToHashSet();
        var macs = tree.Tokens.Where(t => t.Kind == TokenKind.Mac).Select(t => t.Original).ToHashSet();

        Assert.Superset(new HashSet<string> { "MSN0000000", "MSN0000003", "MSBMC00001", "MSENC00001" }, serials);
        Assert.Equal(5, macs.Count);
        Assert.Contains("02:C0:FF:EE:00:01", macs);
    }

    [Theory]
    [InlineData("dmtf-public-rackmount1", "23:11:8A:33:CF:EA", "192.168.0.10")]
    [InlineData("hpe-proliant-dl325-gen10plus-ilo5", "94:40:C9:37:D3:FC", "10.254.1.15")]
    [InlineData("gigabyte-h262-z63-ami", "B4:2E:99:BA:DE:17", "10.254.1.32")]
    [InlineData("intel-s2600bpb", "a4-bf-01-28-90-ac", "10.254.1.23")]
    [InlineData("hpe-cray-ex-cmm", null, null)]
    [InlineData("hpe-cray-ex425-nodecard", null, null)]
    public void Load_SharedMockup_PicksTheBmcsOwnNic(string mockup, string? expectedMac, string? expectedIpv4)
    {
        var tree = MockupLoader.Load(MockupPaths.Shared(mockup));

        Assert.Equal(expectedMac, tree.ManagerMac);
        Assert.Equal(expectedIpv4, tree.Tokens.SingleOrDefault(t => t.Kind == TokenKind.ManagerIpv4)?.Original);
    }
}
