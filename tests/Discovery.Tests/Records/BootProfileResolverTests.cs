using Discovery.Records;

namespace Discovery.Records.Tests;

public sealed class BootProfileResolverTests
{
    private static readonly BootProfile Rocky = new() { Id = Guid.NewGuid(), Name = "rocky9", KernelUrl = "http://boot/rocky9/vmlinuz" };
    private static readonly BootProfile Debug = new() { Id = Guid.NewGuid(), Name = "debug" };
    private static readonly BootProfile Gpu = new() { Id = Guid.NewGuid(), Name = "gpu" };
    private static readonly BootProfile[] Profiles = [Rocky, Debug, Gpu];

    private static readonly ComputeNode Node = new()
    {
        Id = Guid.Parse("0b0e3c43-3f1e-4c53-9a1e-7c1f0c2d4e01"),
        Xname = "x3000c0s1b0n0",
    };

    [Fact]
    public void Resolve_NodeNamesItsOwnProfile_OwnProfileWinsOverGroups()
    {
        var node = Node with { BootProfile = "debug", Groups = ["compute"] };
        NodeGroup[] groups = [new() { Id = Guid.NewGuid(), Name = "compute", BootProfile = "rocky9" }];

        var resolution = BootProfileResolver.Resolve(node, groups, Profiles);

        Assert.NotNull(resolution);
        Assert.Equal("debug", resolution.ProfileName);
        Assert.Same(Debug, resolution.Profile);
        Assert.Null(resolution.FromGroup);
    }

    [Fact]
    public void Resolve_SeveralGroupsWithProfiles_FirstGroupInNameOrderWins()
    {
        var node = Node with { Groups = ["zeta", "gpu-nodes", "compute"] };
        NodeGroup[] groups =
        [
            new() { Id = Guid.NewGuid(), Name = "zeta", BootProfile = "debug" },
            new() { Id = Guid.NewGuid(), Name = "gpu-nodes", BootProfile = "gpu" },
            new() { Id = Guid.NewGuid(), Name = "compute" },
            new() { Id = Guid.NewGuid(), Name = "aaa-not-a-member", BootProfile = "rocky9" },
        ];

        var resolution = BootProfileResolver.Resolve(node, groups, Profiles);

        Assert.NotNull(resolution);
        Assert.Equal("gpu", resolution.ProfileName);
        Assert.Same(Gpu, resolution.Profile);
        Assert.Equal("gpu-nodes", resolution.FromGroup);
    }

    [Fact]
    public void Resolve_GroupListsNodeByXnameOrId_CountsAsMembership()
    {
        NodeGroup[] byXname = [new() { Id = Guid.NewGuid(), Name = "rack1", Members = ["x3000c0s1b0n0"], BootProfile = "rocky9" }];
        NodeGroup[] byId = [new() { Id = Guid.NewGuid(), Name = "rack1", Members = [Node.Id.ToString()], BootProfile = "gpu" }];

        Assert.Equal("rocky9", BootProfileResolver.Resolve(Node, byXname, Profiles)?.ProfileName);
        Assert.Equal("gpu", BootProfileResolver.Resolve(Node, byId, Profiles)?.ProfileName);
    }

    [Fact]
    public void Resolve_NoProfileAnywhere_ReturnsNull()
    {
        NodeGroup[] groups = [new() { Id = Guid.NewGuid(), Name = "compute", Members = ["x3000c0s1b0n0"] }];

        Assert.Null(BootProfileResolver.Resolve(Node, groups, Profiles));
    }

    [Fact]
    public void Resolve_ProfileNameWithNoSuchProfile_ReturnsNameWithNullProfile()
    {
        var resolution = BootProfileResolver.Resolve(Node with { BootProfile = "missing" }, [], Profiles);

        Assert.NotNull(resolution);
        Assert.Equal("missing", resolution.ProfileName);
        Assert.Null(resolution.Profile);
    }
}
