using Discovery.Testing;
using Discovery.Records;
using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog;
using DuckDB.NET.Data;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.CrawlLog.Analysis.Tests;

public sealed partial class CrawlLogQueryTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(CrawlLogSamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _directory.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task QueryAsync_EmptyLog_EveryTableExistsAndIsEmpty()
    {
        using var query = CrawlLogQuery.Open(Path.Combine(_directory.Path, "missing"));
        foreach (var table in new[] { "runs", "scans", "responses", "nodes", "bmcs", "nics" })
        {
            var result = await query.QueryAsync($"select count(*) from {table}", Token);
            Assert.Equal(0L, result.Rows[0][0]);
        }

        Assert.Empty(await query.ListRunsAsync(Token));
    }

    [Fact]
    public async Task QueryAsync_TwoRunsOnTwoDates_UnionedWithDateColumn()
    {
        await WriteRunAsync("run-a", responses: 3);
        _clock.SetUtcNow(CrawlLogSamples.Start.AddDays(1));
        await WriteRunAsync("run-b", responses: 5);

        using var query = CrawlLogQuery.Open(_directory.Path);
        var result = await query.QueryAsync("select run_id, cast(date as varchar) as d, count(*) as n from responses group by all order by run_id", Token);
        Assert.Equal(["run_id", "d", "n"], result.Columns);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(["run-a", "2026-11-22", 3L], result.Rows[0]);
        Assert.Equal(["run-b", "2026-11-23", 5L], result.Rows[1]);
    }

    [Fact]
    public async Task QueryAsync_ListAndHugeIntColumns_ReturnedAsTextAndInt128()
    {
        await WriteRunAsync("run-a", responses: 2, nodes: 1);
        using var query = CrawlLogQuery.Open(_directory.Path);
        var result = await query.QueryAsync("select groups, sum(processor_count) as cpus, 1.5::decimal(4,2) as d from nodes group by groups;", Token);
        Assert.Equal("[compute, rack1]", result.Rows[0][0]);
        Assert.Equal((Int128)2, result.Rows[0][1]);
        Assert.Equal(1.5, result.Rows[0][2]);
    }

    [Fact]
    public async Task QueryAsync_BadSql_ThrowsDuckDbException()
    {
        using var query = CrawlLogQuery.Open(_directory.Path);
        var error = await Assert.ThrowsAsync<DuckDBException>(() => query.QueryAsync("select nope from responses", Token));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_Cancelled_InterruptsLongQuery()
    {
        using var query = CrawlLogQuery.Open(_directory.Path);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var running = query.QueryAsync("select count(*) from range(100000000000) a(i) where i % 7 = 3", cancel.Token);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }

    [Fact]
    public async Task QueryAsync_TempFileInPartition_IsIgnored()
    {
        await WriteRunAsync("run-a", responses: 4);
        var folder = Path.Combine(_directory.Path, "responses", "date=2026-11-22");
        await File.WriteAllTextAsync(Path.Combine(folder, CrawlLogFiles.TempName("run-x.parquet")), "half a file", Token);

        using var query = CrawlLogQuery.Open(_directory.Path);
        var result = await query.QueryAsync("select count(*) from responses", Token);
        Assert.Equal(4L, result.Rows[0][0]);
    }

    [Fact]
    public async Task ListRunsAsync_CompleteRuns_SummariesInRunIdOrder()
    {
        _clock.SetUtcNow(CrawlLogSamples.Start.AddHours(1));
        await WriteRunAsync("run-b", responses: 2, scans: 3);
        await WriteRunAsync("run-a", responses: 1, nodes: 2);

        using var query = CrawlLogQuery.Open(_directory.Path);
        var runs = await query.ListRunsAsync(Token);
        Assert.Equal(["run-a", "run-b"], runs.Select(r => r.RunId));
        Assert.Equal("complete", runs[0].Status);
        Assert.Equal("collect", runs[0].Kind);
        Assert.Equal((1L, 0L, 2L, 2L, 2L), (runs[0].Responses, runs[0].Scans, runs[0].Nodes, runs[0].Bmcs, runs[0].Nics));
        Assert.Equal((2L, 3L), (runs[1].Responses, runs[1].Scans));
        Assert.Equal(CrawlLogSamples.Start.AddHours(1).UtcDateTime, runs[1].StartedAt);
    }

    [Fact]
    public async Task ReadResponsesAsync_Run_ReturnsStoredExchangesInOrder()
    {
        await WriteRunAsync("run-a", responses: 3);
        await WriteRunAsync("run-b", responses: 1);
        using var query = CrawlLogQuery.Open(_directory.Path);
        var responses = await query.ReadResponsesAsync("run-a", Token);
        Assert.Equal(["/redfish/v1/Systems/0", "/redfish/v1/Systems/1", "/redfish/v1/Systems/2"], responses.Select(r => r.Uri));
        Assert.Equal(CrawlLogSamples.SystemBody(1), responses[1].Body);
        Assert.Equal(200, responses[1].Status);
        Assert.Equal("127.0.0.3", responses[1].Bmc);
    }

    [Fact]
    public async Task ReadInventoryAsync_Run_RecordsAsTheyWereWritten()
    {
        var bmc = CrawlLogSamples.Bmc(1) with { Xname = "x3000c0s3b0", FirstSeen = CrawlLogSamples.Start, LastSeen = CrawlLogSamples.Start, LastCrawlStatus = "ok" };
        bmc = bmc with { NetworkInterfaces = [CrawlLogSamples.Nic(bmc.Id, NetworkInterfaceOwnerKind.Bmc, "52:54:00:00:00:aa", "127.0.0.3")] };
        var node = CrawlLogSamples.Node(1, bmc) with
        {
            PowerState = "On",
            LastSeen = CrawlLogSamples.Start,
            BootProfile = "compute",
        };
        node = node with { NetworkInterfaces = [CrawlLogSamples.Nic(node.Id, NetworkInterfaceOwnerKind.Node, "52:54:00:00:01:01", "10.1.0.1", "10.1.0.2")] };
        await WriteRecordsAsync("run-a", [bmc], [node]);
        await WriteRecordsAsync("run-b", [CrawlLogSamples.Bmc(2)], []);

        using var query = CrawlLogQuery.Open(_directory.Path);
        var inventory = await query.ReadInventoryAsync("run-a", Token);

        Assert.Equal(Json(bmc, InventoryJsonContext.Default.Bmc), Json(Assert.Single(inventory.Bmcs), InventoryJsonContext.Default.Bmc));
        Assert.Equal(Json(node, InventoryJsonContext.Default.ComputeNode), Json(Assert.Single(inventory.Nodes), InventoryJsonContext.Default.ComputeNode));
    }

    [Fact]
    public async Task DiffAsync_AddedRemovedChanged_ReportedFieldByField()
    {
        var bmc1 = CrawlLogSamples.Bmc(1);
        var bmc2 = CrawlLogSamples.Bmc(2);
        var node1 = CrawlLogSamples.Node(1, bmc1) with { NetworkInterfaces = [] };
        var nic1 = CrawlLogSamples.Nic(node1.Id, NetworkInterfaceOwnerKind.Node, "52:54:00:00:01:01", "127.0.0.50");
        node1 = node1 with { NetworkInterfaces = [nic1] };
        await WriteRecordsAsync("run-a", [bmc1, bmc2], [node1]);

        // Run B: new ids for everything (as a fresh mapping would give), BMC 1 firmware updated, BMC 2 gone,
        // BMC 3 new, node 1's BIOS and its NIC's address changed.
        var bmc1b = bmc1 with { Id = Guid.NewGuid(), FirmwareVersion = "1.46", LastSeen = CrawlLogSamples.Start.AddDays(1) };
        var bmc3 = CrawlLogSamples.Bmc(3);
        var node1b = CrawlLogSamples.Node(1, bmc1b, bios: "P79 v1.46");
        node1b = node1b with { NetworkInterfaces = [nic1 with { Id = Guid.NewGuid(), OwnerId = node1b.Id, Ipv4Addresses = ["127.0.0.51"] }] };
        await WriteRecordsAsync("run-b", [bmc1b, bmc3], [node1b]);

        using var query = CrawlLogQuery.Open(_directory.Path);
        var diff = await query.DiffAsync("run-a", "run-b", Token);

        Assert.Equal(3, diff.Bmcs.Count);
        var changed = Assert.Single(diff.Bmcs, c => c.Kind == CrawlChangeKind.Changed);
        Assert.Equal($"uuid:{bmc1.ServiceUuid}", changed.Key);
        Assert.Equal([new CrawlFieldChange("firmware_version", "1.45", "1.46")], changed.Fields);
        Assert.Equal($"uuid:{bmc2.ServiceUuid}", Assert.Single(diff.Bmcs, c => c.Kind == CrawlChangeKind.Removed).Key);
        Assert.Equal($"uuid:{bmc3.ServiceUuid}", Assert.Single(diff.Bmcs, c => c.Kind == CrawlChangeKind.Added).Key);

        var node = Assert.Single(diff.Nodes);
        Assert.Equal(CrawlChangeKind.Changed, node.Kind);
        Assert.Equal([new CrawlFieldChange("bios_version", "P79 v1.45", "P79 v1.46")], node.Fields);

        var nic = Assert.Single(diff.Nics);
        Assert.Equal($"uuid:{node1.SystemUuid}|mac:52:54:00:00:01:01", nic.Key);
        Assert.Equal([new CrawlFieldChange("ipv4_addresses", "[127.0.0.50]", "[127.0.0.51]")], nic.Fields);
    }

    // Issue 16: logs diff shows a BMC recabled to another switch port (its switch_port, and the xname the map gives there).
    [Fact]
    public async Task DiffAsync_BmcMovedToAnotherSwitchPort_ReportsSwitchPortAndXname()
    {
        var bmc = CrawlLogSamples.Bmc(1) with { Xname = "x3000c0s6b0", XnameSource = "location-map", SwitchPort = "leaf1/Ethernet6" };
        await WriteRecordsAsync("run-a", [bmc], []);
        await WriteRecordsAsync("run-b", [bmc with { Id = Guid.NewGuid(), Xname = "x3000c0s30b0", SwitchPort = "leaf1/Ethernet30" }], []);

        using var query = CrawlLogQuery.Open(_directory.Path);
        var diff = await query.DiffAsync("run-a", "run-b", Token);

        var moved = Assert.Single(diff.Bmcs);
        Assert.Equal(CrawlChangeKind.Changed, moved.Kind);
        Assert.Equal(
            [new CrawlFieldChange("switch_port", "leaf1/Ethernet6", "leaf1/Ethernet30"), new CrawlFieldChange("xname", "x3000c0s6b0", "x3000c0s30b0")],
            moved.Fields.OrderBy(f => f.Field, StringComparer.Ordinal));
    }

    [Fact]
    public async Task DiffAsync_SameRecords_NoChanges()
    {
        var bmc = CrawlLogSamples.Bmc(1);
        await WriteRecordsAsync("run-a", [bmc], [CrawlLogSamples.Node(1, bmc)]);
        await WriteRecordsAsync("run-b", [bmc with { Id = Guid.NewGuid() }], [CrawlLogSamples.Node(1, bmc)]);
        using var query = CrawlLogQuery.Open(_directory.Path);
        var diff = await query.DiffAsync("run-a", "run-b", Token);
        Assert.Empty(diff.Bmcs);
        Assert.Empty(diff.Nodes);
        Assert.Empty(diff.Nics);
    }

    private static string Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        System.Text.Json.JsonSerializer.Serialize(value, typeInfo);

    private async Task WriteRunAsync(string runId, int responses, int scans = 0, int nodes = 0)
    {
        await using var writer = CrawlLogWriter.Create(_directory.Path, runId, "collect", options: new() { TimeProvider = _clock });
        for (var i = 0; i < responses; i++)
        {
            writer.AddResponse(CrawlLogSamples.Response(i));
        }

        for (var i = 0; i < scans; i++)
        {
            writer.AddScan(CrawlLogSamples.Scan(i));
        }

        for (var i = 0; i < nodes; i++)
        {
            var bmc = CrawlLogSamples.Bmc(i);
            writer.AddBmcs([bmc]);
            writer.AddNodes([CrawlLogSamples.Node(i, bmc) with { NetworkInterfaces = [CrawlLogSamples.Nic(Guid.NewGuid(), NetworkInterfaceOwnerKind.Node, "52:54:00:00:00:01")] }]);
        }

        await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
    }

    private async Task WriteRecordsAsync(string runId, IReadOnlyList<Bmc> bmcs, IReadOnlyList<ComputeNode> nodes)
    {
        await using var writer = CrawlLogWriter.Create(_directory.Path, runId, "collect", options: new() { TimeProvider = _clock });
        writer.AddBmcs(bmcs);
        writer.AddNodes(nodes);
        await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
    }
}
