using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Discovery.Credentials;
using Discovery.MockBmc;
using Discovery.Records.Xnames;
using Discovery.Redfish;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.Redfish.Mapping;
using Discovery.Smd;
using Discovery.Smd.Http;
using Discovery.Smd.Sending;
using Discovery.Smd.State;
using Discovery.Testing;
using Discovery.Testing.Logging;
using Discovery.Testing.Mockups;
using Discovery.Testing.Smd;

namespace Discovery.IntegrationTests.Logging;

/// <summary>
/// Issue 12: the libraries log what a run does, and no secret reaches a log. Each test runs the real collect (and
/// SMD send) on loopback with every level captured, Trace included, and looks for the secrets in every formatted
/// message, every structured value and every exception text.
/// </summary>
public sealed class LogSecretsTests
{
    // Distinctive, so that a hit can only be a leak.
    private const string Password = "Zq7!log-secret-Pw";
    private const string WrongPassword = "Xw4!not-the-Pw";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Collect_SessionLoginWithRetries_LogsEachStepAndNoSecret()
    {
        await using var fleet = await StartAsync(MockupPaths.Project("minimal"), count: 2, new MockFaults { ErrorRate = 0.2 });
        using var capture = new LogCapture();
        var tokens = new ConcurrentBag<string>();

        var run = await CollectAsync(fleet, await RunWideCredentialsAsync(capture, Password), capture, tokens.Add);

        Assert.All(run.Results, r => Assert.Equal(BmcCollectStatus.Ok, r.Status));
        Assert.Equal(2, tokens.Count);
        foreach (var result in run.Results)
        {
            var bmc = result.Target.Endpoint;
            Assert.Equal(PasswordSource.Environment, Single(capture, CredentialEventIds.FromRunWide, result.Target.Host).Value("PasswordSource"));
            Assert.Equal("admin", Single(capture, RedfishEventIds.SessionLogin, bmc).Value("Username"));
            Single(capture, RedfishEventIds.SessionCreated, bmc);
            Single(capture, RedfishEventIds.SessionDeleted, bmc);
            var finished = Single(capture, RedfishEventIds.BmcFinished, bmc);
            Assert.Equal("ok", finished.Value("Status"));
            Assert.Equal(result.RequestCount, finished.Value("RequestCount"));
            // Every exchange, retries included, is one Trace entry.
            Assert.Equal(result.RequestCount, capture.Events(RedfishEventIds.RequestSent).Count(e => Equals(e.Value("Bmc"), bmc)));
        }

        // mock-bmc answers 500 or 503 with Retry-After: 1 to a fifth of the requests.
        Assert.NotEmpty(capture.Events(RedfishEventIds.RequestRetrying).Concat(capture.Events(RedfishEventIds.RequestRetryingAfter)));
        Assert.All(capture.Events(RedfishEventIds.RequestRetryingAfter), e => Assert.Equal(1000L, e.Value("RetryAfterMs")));
        Assert.Single(capture.Events(RedfishEventIds.CollectFinished));
        AssertNoSecret(capture, [Password, BasicValue(Password), .. tokens]);
    }

    [Fact]
    public async Task Collect_WrongPassword_LogsTheRefusalAndNoPassword()
    {
        await using var fleet = await StartAsync(MockupPaths.Project("minimal"), count: 2);
        using var capture = new LogCapture();

        var run = await CollectAsync(fleet, await RunWideCredentialsAsync(capture, WrongPassword), capture, _ => { });

        Assert.All(run.Results, r => Assert.Equal(BmcCollectStatus.AuthFailed, r.Status));
        foreach (var result in run.Results)
        {
            Single(capture, RedfishEventIds.SessionLogin, result.Target.Endpoint);
            Assert.Equal("auth_failed", Single(capture, RedfishEventIds.BmcFinished, result.Target.Endpoint).Value("Status"));
        }

        Assert.Empty(capture.Events(RedfishEventIds.SessionCreated));
        AssertNoSecret(capture, [Password, WrongPassword, BasicValue(Password), BasicValue(WrongPassword)]);
    }

    [Fact]
    public async Task Collect_BasicAuthFromSecretsStoreEntry_NamesTheEntryAndNoSecret()
    {
        using var temp = new TempDirectory();
        var mockup = await MockupVariants.WithoutSessionServiceAsync(MockupPaths.Project("minimal"), Path.Combine(temp.Path, "basic"), Token);
        await using var fleet = await StartAsync(mockup, count: 1);
        var host = fleet.Instances[0].Address.ToString();
        var environment = new CredentialEnvironment
        {
            GetVariable = name => name == "XDG_CONFIG_HOME" ? temp.Path : null,
            Stdin = TextReader.Null,
        };
        string storeKey;
        using (var key = await SecretsKey.LoadAsync(environment.GetVariable, CredentialPaths.DefaultKeyPath(environment.GetVariable), create: true, Token))
        {
            storeKey = key!.ToBase64();
            await new SecretsStore(CredentialPaths.DefaultStorePath(environment.GetVariable)).SetAsync(host, new BmcCredential("admin", Password), key, Token);
        }

        using var capture = new LogCapture();
        var credentials = await CredentialProviderFactory.CreateAsync(new CredentialRequest(), environment, capture.CreateLogger<CredentialProvider>(), Token);

        var result = Assert.Single((await CollectAsync(fleet, credentials, capture, _ => { })).Results);

        Assert.Equal(BmcCollectStatus.Ok, result.Status);
        Assert.Equal(1, Assert.Single(capture.Events(CredentialEventIds.SecretsStoreRead)).Value("EntryCount"));
        Assert.Equal(host, Single(capture, CredentialEventIds.FromSecretsStore, host).Value("EntryKey"));
        Single(capture, RedfishEventIds.BasicAuthentication, result.Target.Endpoint);
        Assert.Equal(result.RequestCount, capture.Events(RedfishEventIds.RequestSent).Count);
        AssertNoSecret(capture, [Password, BasicValue(Password), storeKey]);
    }

    [Fact]
    public async Task Send_AccessTokenAndBmcPasswords_LogsEachBmcAndNoSecret()
    {
        await using var fleet = await StartAsync(MockupPaths.Project("minimal"), count: 2);
        using var jwtKey = RSA.Create(2048);
        await using var smd = await SmdDouble.StartAsync(new SmdDoubleOptions { JwtKey = jwtKey }, Token);
        var accessToken = TestJwt.Create(jwtKey, DateTimeOffset.UtcNow.AddMinutes(10));
        using var capture = new LogCapture();
        var credentials = await RunWideCredentialsAsync(capture, Password);
        var tokens = new ConcurrentBag<string>();
        var collected = await CollectAsync(fleet, credentials, capture, tokens.Add);
        using var sender = new SmdSender(
            new SmdClientOptions { BaseUri = smd.BaseUri, AccessToken = accessToken }, SmdStateStore.InMemory(), null, capture.CreateLogger<SmdSender>());

        var sent = await sender.SendAsync(
            new SmdSendRequest
            {
                Inventories = [.. collected.Results.Select(r => new MappedInventory { Bmc = r.Bmc!, Nodes = r.Nodes })],
                Credentials = credentials,
                SendPassword = true,
            },
            Token);

        Assert.All(sent.Results, r => Assert.Equal(SmdAction.Created, r.Action));
        // The password did travel, to SMD only.
        Assert.All(smd.Endpoints.Values, e => Assert.Equal(Password, e.Stored["Password"]!.GetValue<string>()));
        Assert.Equal(sent.Results.Select(r => r.Xname).Order(), capture.Events(SmdEventIds.BmcSent).Select(e => (string?)e.Value("Xname")).Order());
        Assert.Single(capture.Events(SmdEventIds.SendStarted));
        Assert.Equal(2, Assert.Single(capture.Events(SmdEventIds.SendFinished)).Value("CreatedCount"));
        // Every SMD request is one entry: each BMC's, and the ready check before them.
        Assert.Equal(sent.Results.Sum(r => r.Requests) + 1, capture.Events(SmdEventIds.RequestSent).Count);
        AssertNoSecret(capture, [Password, BasicValue(Password), accessToken, .. tokens]);
    }

    private static Task<MockFleet> StartAsync(string mockup, int count, MockFaults? faults = null) =>
        MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [mockup], Count = count, Password = Password, Faults = faults ?? MockFaults.None, Seed = 7 },
            Token);

    private static Task<CredentialProvider> RunWideCredentialsAsync(LogCapture capture, string password) =>
        CredentialProviderFactory.CreateAsync(
            new CredentialRequest { Username = "admin", UseSecretsStore = false },
            new CredentialEnvironment { GetVariable = name => name == PasswordResolver.EnvironmentVariable ? password : null, Stdin = TextReader.Null },
            capture.CreateLogger<CredentialProvider>(),
            Token);

    private static Task<CollectResult> CollectAsync(MockFleet fleet, ICredentialProvider credentials, LogCapture capture, Action<string> onSessionToken)
    {
        // Short retry delays (the mock's Retry-After is capped), a generous per-request timeout for a shared machine.
        var options = new RedfishClientOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(10),
            MaxRetries = 6,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryAfter = TimeSpan.FromMilliseconds(30),
        };
        var request = new CollectRequest
        {
            Targets = [.. fleet.Instances.Select(i => new BmcTarget { BaseUri = i.BaseUri })],
            OnSessionToken = onSessionToken,
        };
        return new Collector(credentials, new XnameAssigner(IdMap.Empty), options, null, capture.CreateLogger<Collector>()).CollectAsync(request, null, Token);
    }

    private static CapturedLogEntry Single(LogCapture capture, int eventId, string bmc) =>
        Assert.Single(capture.Events(eventId), e => Equals(e.Value("Bmc"), bmc));

    // What an Authorization: Basic header would carry for the simulator's account.
    private static string BasicValue(string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + password));

    private static void AssertNoSecret(LogCapture capture, IReadOnlyList<string> secrets)
    {
        var entries = capture.Entries;
        Assert.True(entries.Count >= 10, $"only {entries.Count} log entries: the logging under test did not run");
        Assert.All(secrets, s => Assert.True(s.Length >= 8, "a short secret would match by chance"));
        foreach (var entry in entries)
        {
            var text = entry.AllText();
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret reached log event {entry.EventId}: {entry.Message}");
            }
        }
    }
}
