using Discovery.Credentials;
using Discovery.Store;
using Discovery.Testing;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Boot.Sessions.Tests;

/// <summary>The session state machine over a real store, with virtual time for the backoff (issue 15).</summary>
public sealed class BootSessionServiceTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Create_NodeWithoutBmc_RetriesWithBackoffThenFailsTheSessionKeepingEachError()
    {
        using var store = await OpenWithTemplateAsync();
        var sessions = new BootSessionStore(store);
        var options = new BootSessionOptions { MaxRetries = 2, Backoff = TimeSpan.FromSeconds(10) };
        await using var service = new BootSessionService(sessions, new BootSessionRunner(sessions, options, new NoCredentials(), _clock));

        var created = await service.CreateAsync(new BootSessionCreate { Name = "s1", TemplateName = "t", Operation = "reboot" }, Token);
        Assert.Equal((BootSessionStatus.Pending, 2), (created.Status, created.Components.Count));
        await Poll.UntilAsync(() => RetryCounts(sessions, "s1").All(r => r == 1), "first retry scheduled", Token);
        _clock.Advance(TimeSpan.FromSeconds(10));
        await Poll.UntilAsync(() => RetryCounts(sessions, "s1").All(r => r == 2), "second retry scheduled", Token);
        _clock.Advance(TimeSpan.FromSeconds(20));
        var ended = await service.WaitAsync("s1", Token);

        Assert.Equal(BootSessionStatus.Failed, ended!.Status);
        Assert.Contains("2 of 2 node(s) failed", ended.Error, StringComparison.Ordinal);
        var nodes = (await sessions.GetAsync("s1", Token))!.Nodes;
        Assert.All(nodes, n => Assert.Equal((BootSessionStatus.Failed, 2), (n.Status, n.RetryCount)));
        Assert.All(nodes, n => Assert.Contains("not_in_inventory", n.Error, StringComparison.Ordinal));
        Assert.All(nodes, n => Assert.Equal(InventorySamples.Start.AddSeconds(30), n.CompletedAt));
    }

    [Fact]
    public async Task Cancel_WhileWaitingToRetry_EndsCancelledAndResumeFindsNothingOpen()
    {
        using var store = await OpenWithTemplateAsync();
        var sessions = new BootSessionStore(store);
        var options = new BootSessionOptions { MaxRetries = 5, Backoff = TimeSpan.FromMinutes(1) };
        await using var service = new BootSessionService(sessions, new BootSessionRunner(sessions, options, new NoCredentials(), _clock));
        await service.CreateAsync(new BootSessionCreate { Name = "s2", TemplateName = "t", Operation = "boot", Limit = "x3000c0s0b0n0" }, Token);
        await Poll.UntilAsync(() => RetryCounts(sessions, "s2").All(r => r == 1), "first retry scheduled", Token);

        var ended = await service.CancelAsync("s2", Token);

        Assert.Equal(BootSessionStatus.Cancelled, ended!.Status);
        var node = Assert.Single((await sessions.GetAsync("s2", Token))!.Nodes);
        Assert.Equal(("x3000c0s0b0n0", BootSessionStatus.Cancelled), (node.Node, node.Status));
        Assert.Empty(await service.ResumeAsync(Token));
    }

    [Theory]
    [InlineData("explode", "nosuch", null, "operation 'explode' is not one of boot, reboot, shutdown")]
    [InlineData("boot", "nosuch", null, "no session template 'nosuch'")]
    [InlineData("boot", "t", "nosuchgroup", "'nosuchgroup' is neither a node nor a group")]
    [InlineData("boot", "t", "!x3000c0s1b0n0,!x3000c0s0b0n0", "leave no node")]
    public async Task Create_BadRequest_NamesTheValue(string operation, string template, string? limit, string message)
    {
        using var store = await OpenWithTemplateAsync();
        var sessions = new BootSessionStore(store);
        await using var service = new BootSessionService(sessions, new BootSessionRunner(sessions, new BootSessionOptions(), new NoCredentials(), _clock));

        var error = await Assert.ThrowsAsync<InventoryQueryException>(() =>
            service.CreateAsync(new BootSessionCreate { TemplateName = template, Operation = operation, Limit = limit }, Token));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(await sessions.ListAsync(null, Token));
    }

    private static int[] RetryCounts(BootSessionStore sessions, string name) =>
        [.. sessions.GetAsync(name, CancellationToken.None).Result!.Nodes.Select(n => n.RetryCount)];

    /// <summary>Two nodes without a BMC in group "g", a profile and template "t" over the group.</summary>
    private async Task<InventoryStore> OpenWithTemplateAsync()
    {
        var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Nodes.CreateAsync(InventorySamples.Node(0) with { BmcIp = null, BmcId = null }, WriteConditions.None, Token);
        await store.Nodes.CreateAsync(InventorySamples.Node(1) with { BmcIp = null, BmcId = null }, WriteConditions.None, Token);
        var report = await store.ApplyAsync(new ApplyRequest
        {
            Sources = [new ManifestSource("m.yaml", """
                kind: BootProfile
                name: p
                kernel_url: http://127.0.0.1/k
                ---
                kind: NodeGroup
                name: g
                members: [x3000c0s1b0n0, x3000c0s0b0n0]
                ---
                kind: SessionTemplate
                name: t
                boot_sets:
                  a:
                    type: boot_profile
                    path: p
                    node_groups: [g]
                """)],
        }, "test", Token);
        Assert.Empty(report.Errors);
        return store;
    }

    private sealed class NoCredentials : ICredentialProvider
    {
        public ValueTask<BmcCredential?> GetCredentialAsync(string bmcAddress, CancellationToken cancellationToken) => ValueTask.FromResult<BmcCredential?>(null);
    }
}
