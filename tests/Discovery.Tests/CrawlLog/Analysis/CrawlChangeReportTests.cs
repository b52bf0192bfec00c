using Discovery.Testing;
using Discovery.Records;
using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.CrawlLog.Analysis.Tests;

/// <summary>The change report of <c>discover run</c> over a window of passes (CrawlLogQuery.ChangeReportAsync).</summary>
public sealed class CrawlChangeReportTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(CrawlLogSamples.Start);
    private readonly Bmc _a = CrawlLogSamples.Bmc(1) with { Xname = "x3000c0s1b0" };
    private readonly Bmc _b = CrawlLogSamples.Bmc(2) with { Xname = "x3000c0s2b0" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ChangeReport_FirstPass_EverythingAdded()
    {
        await PassAsync("p1", [_a, _b]);

        var report = await ReportAsync("p1", missingAfter: 1);

        Assert.Null(report.PreviousRunId);
        Assert.Equal([(CrawlChangeKind.Added, "x3000c0s1b0 (127.0.0.3:8443)"), (CrawlChangeKind.Added, "x3000c0s2b0 (127.0.0.4:8443)")],
            report.Bmcs.Select(c => (c.Kind, c.Label)));
        Assert.Equal(2, report.Nodes.Count);
        Assert.True(report.HasChanges);
    }

    [Fact]
    public async Task ChangeReport_MissingAfterTwo_RemovedOnceAfterTwoPassesThenAddedWhenBack()
    {
        await PassAsync("p1", [_a, _b]);
        await PassAsync("p2", [_a]);
        await PassAsync("p3", [_a]);
        await PassAsync("p4", [_a, _b]);

        Assert.False((await ReportAsync("p2", 2)).HasChanges);
        var third = await ReportAsync("p3", 2);
        Assert.Equal([(CrawlChangeKind.Removed, $"uuid:{_b.ServiceUuid}")], third.Bmcs.Select(c => (c.Kind, c.Key)));
        Assert.Equal([CrawlChangeKind.Removed], third.Nodes.Select(c => c.Kind));
        Assert.Equal("p2", third.PreviousRunId);
        var fourth = await ReportAsync("p4", 2);
        Assert.Equal([(CrawlChangeKind.Added, $"uuid:{_b.ServiceUuid}")], fourth.Bmcs.Select(c => (c.Kind, c.Key)));
    }

    [Fact]
    public async Task ChangeReport_BmcThatAnsweredButCouldNotBeRead_IsNotMissing()
    {
        await PassAsync("p1", [_a, _b]);
        await PassAsync("p2", [_a], unreadAddresses: [_b.Ip!]);

        var report = await ReportAsync("p2", 1);

        Assert.False(report.HasChanges);
    }

    [Fact]
    public async Task ChangeReport_FirmwareChanged_ComparedWithTheLatestEarlierRecord()
    {
        await PassAsync("p1", [_a with { FirmwareVersion = "1.0" }]);
        await PassAsync("p2", [_a with { FirmwareVersion = "1.1" }]);
        await PassAsync("p3", [_a with { FirmwareVersion = "1.2" }]);

        var report = await ReportAsync("p3", 3);

        var change = Assert.Single(report.Bmcs);
        Assert.Equal(CrawlChangeKind.Changed, change.Kind);
        Assert.Equal([new CrawlFieldChange("firmware_version", "1.1", "1.2")], change.Fields);
        Assert.Empty(report.Nodes);
    }

    [Fact]
    public async Task ChangeReport_OtherKindsOfRunsInTheLog_AreNotPasses()
    {
        await PassAsync("p1", [_a, _b]);
        await PassAsync("c1", [_a], kind: "collect");
        await PassAsync("p2", [_a, _b]);

        var report = await ReportAsync("p2", 1);

        Assert.Equal("p1", report.PreviousRunId);
        Assert.False(report.HasChanges);
    }

    private async Task PassAsync(string runId, IReadOnlyList<Bmc> bmcs, IReadOnlyList<string>? unreadAddresses = null, string kind = "run")
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        await using var writer = CrawlLogWriter.Create(_directory.Path, runId, kind, options: new() { TimeProvider = _clock });
        var index = 0;
        foreach (var bmc in bmcs)
        {
            var fresh = bmc with { Id = Guid.NewGuid() };
            writer.AddBmcs([fresh]);
            writer.AddNodes([CrawlLogSamples.Node(++index + (bmc.Ip == _b.Ip ? 10 : 0), fresh) with { Xname = bmc.Xname + "n0" }]);
            writer.AddResponse(CrawlLogSamples.Response(0) with { Bmc = bmc.Ip! });
        }

        foreach (var address in unreadAddresses ?? [])
        {
            writer.AddResponse(CrawlLogSamples.Response(1) with { Bmc = address, Status = 401 });
        }

        await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
    }

    private async Task<CrawlChangeReport> ReportAsync(string runId, int missingAfter)
    {
        using var query = CrawlLogQuery.Open(_directory.Path);
        return await query.ChangeReportAsync(runId, missingAfter, Token);
    }
}
