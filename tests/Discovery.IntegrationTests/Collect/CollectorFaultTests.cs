using System.Net.Http.Json;
using Discovery.Records.Xnames;
using Discovery.MockBmc;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;
using Discovery.Redfish.Tls;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Collect;

/// <summary>The collector against mock-bmc's faults: every failure is a per-BMC status, sessions never leak.</summary>
public sealed class CollectorFaultTests
{
    // A generous per-request timeout: the test machine is shared, and a cold first request must not time out.
    private static RedfishClientOptions FastOptions(int retries = 2, double timeoutSeconds = 10) => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryAfter = TimeSpan.FromMilliseconds(30),
    };

    private static Task<MockFleet> StartAsync(string mockup, MockFleetOptions? template = null, int count = 1, bool shared = false) =>
        MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [shared ? MockupPaths.Shared(mockup) : MockupPaths.Project(mockup)],
                Count = count,
                Faults = template?.Faults ?? MockFaults.None,
                InstanceFaults = template?.InstanceFaults ?? new Dictionary<int, MockFaults>(),
                SessionLimit = template?.SessionLimit ?? 16,
                Tls = template?.Tls ?? false,
                Seed = 7,
            },
            TestContext.Current.CancellationToken);

    private static Task<CollectResult> CollectAsync(
        MockFleet fleet, RedfishClientOptions options, FixedCredentialProvider? credentials = null, CrawlProfile profile = CrawlProfile.Inventory, CancellationToken? token = null) =>
        new Collector(credentials ?? new FixedCredentialProvider(), new XnameAssigner(IdMap.Empty), options).CollectAsync(
            new CollectRequest { Targets = [.. fleet.Instances.Select(i => new BmcTarget { BaseUri = i.BaseUri })], Profile = profile },
            null,
            token ?? TestContext.Current.CancellationToken);

    [Fact]
    public async Task CollectAsync_ServerErrorsWithRetryAfter_RetriesAndSucceeds()
    {
        await using var fleet = await StartAsync("dmtf-public-rackmount1", new MockFleetOptions { MockupDirectories = [], Faults = new MockFaults { ErrorRate = 0.2 } }, shared: true);

        var result = Assert.Single((await CollectAsync(fleet, FastOptions(retries: 6))).Results);

        Assert.Equal(BmcCollectStatus.Ok, result.Status);
        var retried = result.Exchanges.Where(e => e.Status == 503).ToList();
        Assert.NotEmpty(retried);
        foreach (var failed in retried)
        {
            var next = result.Exchanges.First(e => e.Uri == failed.Uri && e.Method == failed.Method && e.Attempt == failed.Attempt + 1);
            // Retry-After: 1 asked for a second; our cap is 30 ms, and the retry waited at least that long.
            Assert.True(next.StartedAt - (failed.StartedAt + failed.Elapsed) >= TimeSpan.FromMilliseconds(25), $"retry of {failed.Uri} came too early");
        }

        Assert.Equal(fleet.Instances[0].Identity.MapUuid("38947555-7742-3448-3784-823347823834"), Assert.Single(result.Nodes).SystemUuid);
        Assert.Equal((1L, 0), (fleet.Instances[0].Counters.Logins, fleet.Instances[0].Counters.OpenSessions));
    }

    [Fact]
    public async Task CollectAsync_OneHungBmc_TimesOutAloneWhileOthersFinish()
    {
        var faults = new Dictionary<int, MockFaults> { [1] = new MockFaults { Hang = true } };
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], InstanceFaults = faults }, count: 3);

        var results = (await CollectAsync(fleet, FastOptions(retries: 1, timeoutSeconds: 1))).Results;

        Assert.Equal([BmcCollectStatus.Ok, BmcCollectStatus.TimedOut, BmcCollectStatus.Ok], results.Select(r => r.Status));
        Assert.Contains("service root", results[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, results[1].RequestCount);
        Assert.All([fleet.Instances[0], fleet.Instances[2]], i => Assert.Equal((1L, 0), (i.Counters.Logins, i.Counters.OpenSessions)));
    }

    [Fact]
    public async Task CollectAsync_MalformedJson_PartialNamingTheUri()
    {
        var faults = new MockFaults { MalformedJsonPaths = ["/redfish/v1/Systems/1"] };
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], Faults = faults });

        var result = Assert.Single((await CollectAsync(fleet, FastOptions())).Results);

        Assert.Equal(BmcCollectStatus.Partial, result.Status);
        var failure = Assert.Single(result.FailedUris);
        Assert.Equal(("/redfish/v1/Systems/1", "malformed JSON"), (failure.Uri, failure.Reason));
        Assert.NotNull(result.Bmc);
        Assert.Equal("partial", result.Bmc.LastCrawlStatus);
        Assert.Equal((1L, 0), (fleet.Instances[0].Counters.Logins, fleet.Instances[0].Counters.OpenSessions));
    }

    [Fact]
    public async Task CollectAsync_OversizedBody_PartialWithoutReadingItAll()
    {
        var faults = new MockFaults { OversizedBodyBytes = 256 * 1024 };
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], Faults = faults });
        var options = new RedfishClientOptions { MaxResponseBytes = 64 * 1024, RequestTimeout = TimeSpan.FromSeconds(10) };

        var result = Assert.Single((await CollectAsync(fleet, options)).Results);

        Assert.Equal(BmcCollectStatus.Partial, result.Status);
        var failure = Assert.Single(result.FailedUris);
        Assert.Equal("/redfish/v1/Systems/1", failure.Uri);
        Assert.Contains("larger than 65536 bytes", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(0, fleet.Instances[0].Counters.OpenSessions);
    }

    [Fact]
    public async Task CollectAsync_NoSessionService_UsesBasicAuthWithoutLogin()
    {
        using var temp = new TempDirectory();
        var mockup = await MockupVariants.WithoutSessionServiceAsync(
            MockupPaths.Project("minimal"), Path.Combine(temp.Path, "no-session-service"), TestContext.Current.CancellationToken);
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [mockup] }, TestContext.Current.CancellationToken);

        var result = Assert.Single((await CollectAsync(fleet, FastOptions())).Results);

        Assert.Equal(BmcCollectStatus.Ok, result.Status);
        Assert.Single(result.Nodes);
        Assert.DoesNotContain(result.Exchanges, e => e.Method != "GET");
        Assert.Equal((0L, 0L), (fleet.Instances[0].Counters.Logins, fleet.Instances[0].Counters.SessionsCreated));
    }

    [Fact]
    public async Task CollectAsync_KeepExchangesOff_StreamsThemThroughOnResultOnly()
    {
        await using var fleet = await StartAsync("minimal", count: 2);
        var streamed = new System.Collections.Concurrent.ConcurrentBag<(string Endpoint, int Exchanges)>();
        var request = new CollectRequest
        {
            Targets = [.. fleet.Instances.Select(i => new BmcTarget { BaseUri = i.BaseUri })],
            KeepExchanges = false,
            OnResult = (result, _) =>
            {
                streamed.Add((result.Target.Endpoint, result.Exchanges.Count));
                return ValueTask.CompletedTask;
            },
        };

        var run = await new Collector(new FixedCredentialProvider(), new XnameAssigner(IdMap.Empty), FastOptions())
            .CollectAsync(request, null, TestContext.Current.CancellationToken);

        Assert.All(run.Results, r => Assert.Empty(r.Exchanges));
        Assert.Equal(run.Results.Select(r => (r.Target.Endpoint, r.RequestCount)).Order(), streamed.Order());
        Assert.All(streamed, s => Assert.True(s.Exchanges > 3));
    }

    [Fact]
    public async Task CollectAsync_WrongPassword_AuthFailedWithoutRetryStorm()
    {
        await using var fleet = await StartAsync("minimal");

        var result = Assert.Single((await CollectAsync(fleet, FastOptions(retries: 5), new FixedCredentialProvider("admin", "not-the-password"))).Results);

        Assert.Equal(BmcCollectStatus.AuthFailed, result.Status);
        Assert.Contains("401", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", result.Message, StringComparison.Ordinal);
        Assert.All(result.Exchanges, e => Assert.DoesNotContain("not-the-password", e.Body ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal(1L, fleet.Instances[0].Counters.FailedLogins);
        Assert.True(result.RequestCount == 2, string.Join(", ", result.Exchanges.Select(e => $"{e.Method} {e.Uri} {e.Status}")));
        Assert.Equal(0, fleet.Instances[0].Counters.OpenSessions);
    }

    [Fact]
    public async Task CollectAsync_FullSessionTable_ReportsSessionLimit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], SessionLimit = 1 });
        using var other = MockFleets.CreateClient(fleet.Instances[0], basicAuth: false);
        using var login = await other.PostAsJsonAsync("/redfish/v1/SessionService/Sessions", new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = "password" }, ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, login.StatusCode);

        var result = Assert.Single((await CollectAsync(fleet, FastOptions(retries: 3))).Results);

        Assert.Equal(BmcCollectStatus.SessionLimit, result.Status);
        Assert.Contains("session table is full", result.Message, StringComparison.Ordinal);
        // No retry: the root GET and one login attempt.
        Assert.Equal(2, result.RequestCount);
        Assert.Equal(1, fleet.Instances[0].Counters.OpenSessions);
    }

    [Fact]
    public async Task CollectAsync_PinnedCertificateChanged_RefusesBeforeLogin()
    {
        using var temp = new TempDirectory();
        var pinFile = temp.File("pins.json");
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], Tls = true });
        var options = new RedfishClientOptions { Tls = new TlsOptions { Mode = TlsVerificationMode.Pin, PinFile = pinFile } };
        var endpoint = $"127.0.0.2:{fleet.Port}";

        var first = Assert.Single((await CollectAsync(fleet, options)).Results);
        var pinned = (await CertificatePinStore.LoadAsync(pinFile, TestContext.Current.CancellationToken)).Get(endpoint);
        await File.WriteAllTextAsync(pinFile, $$"""{"{{endpoint}}": "{{new string('0', 64)}}"}""", TestContext.Current.CancellationToken);
        var second = Assert.Single((await CollectAsync(fleet, options)).Results);

        Assert.Equal(BmcCollectStatus.Ok, first.Status);
        Assert.NotNull(first.CertificateFingerprint);
        Assert.Equal(first.CertificateFingerprint, pinned);
        Assert.Equal(BmcCollectStatus.TlsPinMismatch, second.Status);
        Assert.Equal(first.CertificateFingerprint, second.CertificateFingerprint);
        Assert.Equal(1L, fleet.Instances[0].Counters.Logins);
    }

    [Fact]
    public async Task CollectAsync_LinkCycleAndNextLinkLoop_Terminates()
    {
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], Faults = new MockFaults { LinkCycle = true } });

        var result = Assert.Single((await CollectAsync(fleet, FastOptions(), profile: CrawlProfile.Full)).Results);

        Assert.Equal(BmcCollectStatus.Ok, result.Status);
        var gets = result.Exchanges.Where(e => e.Method == "GET").Select(e => e.Uri.ToLowerInvariant().TrimEnd('/')).ToList();
        Assert.Equal(gets.Count, gets.Distinct().Count());
    }

    [Fact]
    public async Task CollectAsync_CancelledMidCrawl_StillLogsOut()
    {
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], Faults = new MockFaults { Latency = TimeSpan.FromMilliseconds(50) } });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var counters = fleet.Instances[0].Counters;

        var run = CollectAsync(fleet, new RedfishClientOptions(), token: cancel.Token);
        await Poll.UntilAsync(() => counters.Logins > 0 || run.IsCompleted, "the collector to log in", TestContext.Current.CancellationToken);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal((1L, 1L, 0), (counters.Logins, counters.SessionsDeleted, counters.OpenSessions));
    }

    // Issue 13, item 9: a BMC answering its login 503 three times refused service; its credentials were never judged.
    [Fact]
    public async Task CollectAsync_LoginAnswered503EveryTime_IsUnavailableWithTheLastStatus()
    {
        await using var fleet = await StartAsync("minimal", new MockFleetOptions { MockupDirectories = [], Faults = new MockFaults { LoginStatus = 503 } });

        var result = Assert.Single((await CollectAsync(fleet, FastOptions(retries: 2))).Results);

        Assert.Equal(BmcCollectStatus.Unavailable, result.Status);
        Assert.Equal("login answered HTTP 503 3 times: the BMC refused service (try again later)", result.Message);
        Assert.Equal([503, 503, 503], result.Exchanges.Where(e => e.Method == "POST").Select(e => e.Status));
        Assert.Equal((3L, 0), (fleet.Instances[0].Counters.Logins, fleet.Instances[0].Counters.OpenSessions));
        Assert.Equal("unavailable", BmcCollectStatusNames.Of(result.Status));
    }
}
