using System.Text.Json;
using Discovery.Records;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// Node listings from the read model (issue 14): every page, filter and cursor as DuckDB's listing answers it, and a
/// filter's cached matches shared by readers and dropped on the next write.
/// </summary>
public sealed class NodeReadModelListingTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ListAsync_PagesFiltersAndCursors_FromMemoryTheSameAsDuckDb()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Groups.CreateAsync(new NodeGroup { Id = Guid.Empty, Name = "gpu" }, WriteConditions.None, Token);
        for (var i = 1; i <= 30; i++)
        {
            var node = InventorySamples.Node(i) with
            {
                // Some without xname (NULLS LAST), other architectures and models, a group, nodes without any IPv4 address.
                Xname = i % 7 == 0 ? null : $"x300{i % 3}c0s{i}b0n0",
                Arch = i % 4 == 0 ? "aarch64" : "x86_64",
                Model = i % 5 == 0 ? "R2 big" : "R1",
                Groups = i % 3 == 0 ? ["gpu"] : [],
            };
            if (i % 6 == 0)
            {
                node = node with { NetworkInterfaces = [node.NetworkInterfaces[1]] };
            }

            Assert.True((await store.Nodes.CreateAsync(node, WriteConditions.None, Token)).Succeeded);
        }

        Dictionary<string, string> F(params string[] pairs) => pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        RecordQuery[] queries =
        [
            new() { Limit = 7 }, new() { Limit = 7, Offset = 21 }, new() { Limit = 100, Offset = 29 }, new() { Limit = 5, Offset = 40 }, new() { Limit = null },
            new() { Filters = F("arch=aarch64"), Limit = 3, Offset = 2 }, new() { Filters = F("xname=x3001*"), Limit = 4, Offset = 1 },
            new() { Filters = F("xname=*s1*b0n0") }, new() { Filters = F("model=R2 big", "arch=x86_64") }, new() { Filters = F("group=gpu"), Limit = 2, Offset = 3 },
            new() { Filters = F("missing_ip=true") }, new() { Filters = F("missing_ip=no", "arch=aarch64") }, new() { Filters = F("id=" + InventorySamples.Node(7).Id.ToString().ToUpperInvariant()) },
            new() { Filters = F("id=2000*") , Limit = 3 }, new() { Filters = F("system_uuid=30000000-0000-4000-8000-0000000a0001") },
            new() { Filters = F("mac=52-54-00-00-03-01", "group=gpu") }, new() { Filters = F("ip=10.1.0.8", "arch=x86_64") }, new() { Filters = F("hostname=nope") },
        ];

        // Before the model is loaded every listing reads DuckDB; after, each comes from memory.
        var fromDuckDb = new List<string>();
        foreach (var query in queries)
        {
            fromDuckDb.Add(await WalkAsync(store, query));
        }

        await store.LoadReadModelAsync();
        for (var i = 0; i < queries.Length; i++)
        {
            Assert.Equal($"{i}: {fromDuckDb[i]}", $"{i}: {await WalkAsync(store, queries[i])}");
        }

        await Assert.ThrowsAsync<InventoryQueryException>(() => store.Nodes.ListAsync(new RecordQuery { Filters = F("colour=red") }, Token));
        await Assert.ThrowsAsync<InventoryQueryException>(() => store.Nodes.ListAsync(new RecordQuery { After = "bm90IGEgY3Vyc29y" }, Token));
    }

    [Fact]
    public async Task ListAsync_OneFilterReadAtOnceThenWritten_EveryReaderSameAnswer_AndTheWriteShowsAtOnce()
    {
        using var store = await OpenLoadedAsync();
        for (var i = 1; i <= 40; i++)
        {
            Assert.True((await store.Nodes.CreateAsync(InventorySamples.Node(i) with { Arch = i % 2 == 0 ? "aarch64" : "x86_64" }, WriteConditions.None, Token)).Succeeded);
        }

        var query = new RecordQuery { Filters = new Dictionary<string, string> { ["arch"] = "aarch64" }, Limit = 5, Offset = 10 };
        // Many readers miss the filter's cache together: they share one scan, and each gets the whole answer.
        var pages = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.Nodes.ListAsync(query, Token), Token)));
        Assert.All(pages, p => Assert.Equal((20L, 15, "22,24,26,28,30"), (p.Total, p.NextOffset!.Value, Slots(p))));

        var node = (await store.Nodes.GetAsync(InventorySamples.Node(21).Id.ToString(), Token))!;
        await store.Nodes.ReplaceAsync(node.Record.Id.ToString(), node.Record with { Arch = "aarch64" }, WriteConditions.None, Token);

        var after = await store.Nodes.ListAsync(query, Token);
        Assert.Equal((21L, "21,22,24,26,28"), (after.Total, Slots(after)));

        static string Slots(RecordPage<ComputeNode> page) => string.Join(",", page.Items.Select(n => n.Xname!.Split('s', 'b')[1]));
    }

    /// <summary>The first page of <paramref name="query"/> and the pages its cursors lead to, as JSON.</summary>
    private static async Task<string> WalkAsync(InventoryStore store, RecordQuery query)
    {
        var pages = new List<RecordPage<ComputeNode>> { await store.Nodes.ListAsync(query, Token) };
        while (pages[^1].NextAfter is { } after && pages.Count < 20)
        {
            pages.Add(await store.Nodes.ListAsync(query with { After = after }, Token));
        }

        return string.Join("\n", pages.Select(p => string.Join(",", p.Items.Select(n => JsonSerializer.Serialize(n, InventoryJsonContext.Default.ComputeNode)))
            + $" total={p.Total} offset={p.Offset} next={p.NextOffset} after={p.NextAfter}"));
    }

    private Task<InventoryStore> OpenLoadedAsync() => InventorySamples.OpenLoadedAsync(_directory.Path, _clock);
}
