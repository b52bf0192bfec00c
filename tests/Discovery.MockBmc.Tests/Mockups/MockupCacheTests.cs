using Discovery.MockBmc.Mockups;
using Discovery.Testing;

namespace Discovery.MockBmc.Tests.Mockups;

public sealed class MockupCacheTests
{
    [Fact]
    public void Load_SameFolderTwice_ReturnsSameTree()
    {
        using var temp = new TempDirectory();
        Http.MockRequestHandlerTests.WriteShortFormMockup(temp.Path);

        var first = MockupCache.Load(temp.Path);
        var second = MockupCache.Load(temp.Path + "/");

        Assert.Same(first, second);
    }

    [Fact]
    public void Load_ServiceRootRewritten_LoadsAgain()
    {
        using var temp = new TempDirectory();
        Http.MockRequestHandlerTests.WriteShortFormMockup(temp.Path);
        var first = MockupCache.Load(temp.Path);

        File.WriteAllText(Path.Combine(temp.Path, "index.json"), "{\"@odata.id\": \"/redfish/v1/\", \"UUID\": \"22345678-1234-4234-8234-123456789abc\"}");
        File.SetLastWriteTimeUtc(Path.Combine(temp.Path, "index.json"), DateTime.UtcNow.AddMinutes(1));
        var second = MockupCache.Load(temp.Path);

        Assert.NotSame(first, second);
        Assert.Equal("22345678-1234-4234-8234-123456789abc", second.ServiceUuid);
    }
}
