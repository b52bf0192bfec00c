using System.Net;
using System.Net.Sockets;
using Discovery.Boot.Sessions;
using Discovery.Locate;

namespace Discovery.Pipeline.Tests;

public sealed class JobOutcomesTests
{
    [Fact]
    public async Task Of_HttpClientTimeout_IsARemoteFailureNotACancel()
    {
        // A server that takes the connection and never answers, as a store busy with a long apply may.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = listener.AcceptSocketAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => http.GetAsync($"http://127.0.0.1:{port}/nodes", TestContext.Current.CancellationToken));
        using var socket = await accepted;

        var (outcome, lines) = JobOutcomes.Of(thrown)!.Value;
        Assert.Equal(JobOutcome.RemoteFailure, outcome);
        Assert.StartsWith("the inventory server did not answer in time: ", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_CancelledByTheUser_IsCancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        var (outcome, lines) = JobOutcomes.Of(new OperationCanceledException(source.Token))!.Value;

        Assert.Equal(JobOutcome.Cancelled, outcome);
        Assert.Equal(["cancelled"], lines);
    }

    [Fact]
    public void Of_InputProblems_AreBadInputWithEveryProblem()
    {
        var (outcome, lines) = JobOutcomes.Of(new PipelineInputException(["a: bad", "b: bad"]))!.Value;

        Assert.Equal(JobOutcome.BadInput, outcome);
        Assert.Equal(["a: bad", "b: bad"], lines);
    }

    [Fact]
    public void Of_AnUnexpectedException_IsNull()
    {
        Assert.Null(JobOutcomes.Of(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void Of_Pass_BootFailedRanksBelowSmdAboveAPartialPass_ASkippedBootStepIsNoFailure()
    {
        var failed = new BootStepResult { Services = "BSS", Results = [new Boot.BootSyncResult { Target = "x1000c0s0b0n0", Action = "failed", Message = "BSS: refused" }] };
        PassResult Pass(PassOutcome outcome) => new() { LockFile = "run.lock", Outcome = outcome };
        var clean = new PassOutcome { RunId = "r", Status = "complete" };

        Assert.Equal(JobOutcome.BootFailed, JobOutcomes.Of(Pass(clean with { Boot = failed })));
        Assert.Equal(JobOutcome.BootFailed, JobOutcomes.Of(Pass(clean with { Status = "partial", Boot = failed })));
        Assert.Equal(JobOutcome.RemoteFailure, JobOutcomes.Of(Pass(clean with { Boot = failed, Smd = new SmdStepResult() })));
        Assert.Equal(JobOutcome.BootFailed, JobOutcomes.Of(Pass(clean with { Boot = new BootStepResult { Services = "BSS", Failure = "store gone" } })));
        Assert.Equal(JobOutcome.SomeTargetsFailed, JobOutcomes.Of(Pass(clean with { Status = "partial", DeadlineHit = true, Boot = new BootStepResult { Services = "BSS", Skipped = "the pass stopped at its deadline" } })));
    }

    [Fact]
    public void Of_SmdStep_StateFailureIsLocal_AFailedBmcRemote()
    {
        Assert.Equal(JobOutcome.LocalFailure, JobOutcomes.Of(new SmdStepResult { StateFailure = "disk full" }));
        Assert.Equal(JobOutcome.RemoteFailure, JobOutcomes.Of(new SmdStepResult()));
    }

    [Theory]
    [InlineData(BootSessionStatus.Completed, true)]
    [InlineData(BootSessionStatus.Failed, false)]
    [InlineData(BootSessionStatus.Cancelled, false)]
    public void Of_BootSession_OnlyCompletedIsOk(string status, bool ok)
    {
        var session = new BootSession { Name = "s", TemplateName = "t", Operation = "reboot", Status = status };

        Assert.Equal(ok ? JobOutcome.Ok : JobOutcome.SomeTargetsFailed, JobOutcomes.Of(session));
    }

    [Fact]
    public void Of_LocateReport_AFailedSwitchIsAFailedTarget()
    {
        var locations = new Dictionary<string, MacLocation>();
        var allRead = new LocateReport([new SwitchTable("sw1", [], new Dictionary<int, string>(), "snmp", null)], locations);
        var oneDead = new LocateReport([.. allRead.Switches, SwitchTable.Failed("sw2", "timeout")], locations);

        Assert.Equal(JobOutcome.Ok, JobOutcomes.Of(allRead));
        Assert.Equal(JobOutcome.SomeTargetsFailed, JobOutcomes.Of(oneDead));
    }
}
