using Discovery.Redfish.Mapping;

namespace Discovery.Redfish.Mapping.Tests;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Create_SameName_SameGuidWithVersionAndVariantBits()
    {
        var first = DeterministicGuid.Create("node:uuid:38947555-7742-3448-3784-823347823834");

        Assert.Equal(first, DeterministicGuid.Create("node:uuid:38947555-7742-3448-3784-823347823834"));
        Assert.NotEqual(first, DeterministicGuid.Create("node:uuid:38947555-7742-3448-3784-823347823835"));
        Assert.Equal(8, first.Version);
        Assert.Equal('8', first.ToString()[14]);
    }
}
