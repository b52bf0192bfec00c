using Discovery.Records;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// Node listings in natural xname order (<c>s2</c> before <c>s10</c>) and the one-box <c>search</c> filter (issue 18),
/// answered alike by DuckDB (before the read model is loaded, or for a past snapshot) and by the read model.
/// </summary>
public sealed class NodeListingSearchAndOrderTests : IDisposable
{
    private static readonly string[] NaturalXnames =
    [
        "x3000c0s1b0n0", "x3000c0s2b0n0", "x3000c0s2b0n1", "x3000c0s3b0n0", "x3000c0s10b0n0", "x3000c0s11b0n0", "x3000c0s20b0n0", "x3000c1s1b0n0", "x3001c0s1b0n0",
    ];

    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ListAsync_Xnames_NaturalOrderByOffsetAndCursor_FromDuckDbAndFromMemory()
    {
        using var store = await SeedAsync();

        var fromDuckDb = await AllXnamesAsync(store);
        await store.LoadReadModelAsync();
        var fromMemory = await AllXnamesAsync(store);

        string?[] expected = [.. NaturalXnames, null];
        Assert.Equal(expected, fromDuckDb.ByOffset);
        Assert.Equal(expected, fromDuckDb.ByCursor);
        Assert.Equal(expected, fromMemory.ByOffset);
        Assert.Equal(expected, fromMemory.ByCursor);
    }

    [Fact]
    public async Task BmcListing_NaturalOrderOfXnameThenIp_ByOffsetAndCursor()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        foreach (var i in new[] { 10, 2, 1, 20 })
        {
            Assert.True((await store.Bmcs.CreateAsync(InventorySamples.Bmc(i), WriteConditions.None, Token)).Succeeded);
        }

        // Two unplaced BMCs (no xname) come last, by IP in natural order: 127.0.0.9 before 127.0.0.12.
        foreach (var (i, ip) in new[] { (12, "127.0.0.12"), (9, "127.0.0.9") })
        {
            Assert.True((await store.Bmcs.CreateAsync(InventorySamples.Bmc(i) with { Xname = null, Ip = ip }, WriteConditions.None, Token)).Succeeded);
        }

        var all = await store.Bmcs.ListAsync(new RecordQuery(), Token);
        var first = await store.Bmcs.ListAsync(new RecordQuery { Limit = 3 }, Token);
        var rest = await store.Bmcs.ListAsync(new RecordQuery { Limit = 10, After = first.NextAfter }, Token);

        string[] expected = ["x3000c0s1b0", "x3000c0s2b0", "x3000c0s10b0", "x3000c0s20b0", "127.0.0.9", "127.0.0.12"];
        Assert.Equal(expected, all.Items.Select(b => b.Xname ?? b.Ip));
        Assert.Equal(expected, first.Items.Concat(rest.Items).Select(b => b.Xname ?? b.Ip));
    }

    [Fact]
    public async Task ListAsync_CursorOfDuckDb_ContinuesInMemoryAtTheSamePlace()
    {
        using var store = await SeedAsync();
        var first = await store.Nodes.ListAsync(new RecordQuery { Limit = 4 }, Token);

        await store.LoadReadModelAsync();
        var next = await store.Nodes.ListAsync(new RecordQuery { Limit = 2, After = first.NextAfter }, Token);

        Assert.Equal(["x3000c0s10b0n0", "x3000c0s11b0n0"], next.Items.Select(n => n.Xname));
        Assert.Equal(4, next.Offset);
    }

    [Theory]
    [InlineData("S1", new[] { "x3000c0s1b0n0", "x3000c0s10b0n0", "x3000c0s11b0n0", "x3000c1s1b0n0", "x3001c0s1b0n0" })] // xname, any case
    [InlineData("login", new[] { "x3000c0s2b0n1", "x3000c0s20b0n0" })] // host name
    [InlineData("52-54-00-00-05-01", new[] { "x3000c0s10b0n0" })] // a whole MAC in another spelling
    [InlineData("00:06:01", new[] { "x3000c0s11b0n0" })] // part of a MAC
    [InlineData("10.1.0.1", new[] { "x3000c0s2b0n0", "x3000c0s2b0n1" })] // part of an IP: 10.1.0.10 and 10.1.0.15
    [InlineData("GPU", new[] { "x3000c0s3b0n0", "x3000c0s11b0n0" })] // a group's name
    [InlineData("orphan", new[] { (string?)null })] // a node without xname, by host name
    [InlineData("nothing-like-this", new string[0])]
    public async Task ListAsync_Search_FindsByXnameHostnameMacIpOrGroup_FromDuckDbAndFromMemory(string search, string?[] expected)
    {
        using var store = await SeedAsync();
        var query = new RecordQuery { Filters = new Dictionary<string, string> { ["search"] = search } };

        var fromDuckDb = await store.Nodes.ListAsync(query, Token);
        await store.LoadReadModelAsync();
        var fromMemory = await store.Nodes.ListAsync(query, Token);

        Assert.Equal(expected, fromDuckDb.Items.Select(n => n.Xname));
        Assert.Equal(expected, fromMemory.Items.Select(n => n.Xname));
        Assert.Equal((expected.Length, expected.Length), (fromDuckDb.Total, fromMemory.Total));
    }

    [Fact]
    public async Task ListAsync_SearchWithGroupFilterAndPages_Combines()
    {
        using var store = await SeedAsync();
        await store.LoadReadModelAsync();

        var page = await store.Nodes.ListAsync(
            new RecordQuery { Filters = new Dictionary<string, string> { ["search"] = "x3000c0", ["group"] = "gpu-nodes" }, Limit = 1, Offset = 1 }, Token);

        Assert.Equal(["x3000c0s11b0n0"], page.Items.Select(n => n.Xname));
        Assert.Equal((2L, 1), (page.Total, page.Offset));
    }

    /// <summary>The nodes of <see cref="NaturalXnames"/>, stored in another order, and one without an xname.</summary>
    private async Task<InventoryStore> SeedAsync()
    {
        var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        Assert.True((await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "gpu-nodes" }, WriteConditions.None, Token)).Succeeded);
        var shuffled = NaturalXnames.Select((x, i) => (Xname: x, Number: i + 1)).OrderBy(p => p.Xname, StringComparer.Ordinal).Reverse().ToList();
        foreach (var (xname, number) in shuffled)
        {
            var slot = int.Parse(xname.Split('s')[1].Split('b')[0], System.Globalization.CultureInfo.InvariantCulture);
            var node = InventorySamples.Node(number) with
            {
                Xname = xname,
                Hostname = xname.EndsWith("n1", StringComparison.Ordinal) || slot == 20 ? $"login{number}" : $"node{number:D4}",
                Groups = xname is "x3000c0s3b0n0" or "x3000c0s11b0n0" ? ["gpu-nodes"] : [],
                NetworkInterfaces = [InventorySamples.Node(number).NetworkInterfaces[0] with
                {
                    Id = Guid.NewGuid(), MacAddress = InventorySamples.Mac(number, 1), Ipv4Addresses = [$"10.1.0.{number * 5}"],
                }],
            };
            var created = await store.Nodes.CreateAsync(node, WriteConditions.None, Token);
            Assert.True(created.Succeeded, created.Message);
        }

        var orphan = InventorySamples.Node(99) with { Xname = null, Hostname = "orphan", NetworkInterfaces = [], BootMac = null };
        Assert.True((await store.Nodes.CreateAsync(orphan, WriteConditions.None, Token)).Succeeded);
        return store;
    }

    private static async Task<(List<string?> ByOffset, List<string?> ByCursor)> AllXnamesAsync(InventoryStore store)
    {
        var byOffset = new List<string?>();
        var byCursor = new List<string?>();
        for (var offset = 0; offset < 20; offset += 3)
        {
            byOffset.AddRange((await store.Nodes.ListAsync(new RecordQuery { Limit = 3, Offset = offset }, Token)).Items.Select(n => n.Xname));
        }

        string? after = null;
        do
        {
            var page = await store.Nodes.ListAsync(new RecordQuery { Limit = 3, After = after }, Token);
            byCursor.AddRange(page.Items.Select(n => n.Xname));
            after = page.NextAfter;
        }
        while (after is not null);
        return (byOffset, byCursor);
    }
}
