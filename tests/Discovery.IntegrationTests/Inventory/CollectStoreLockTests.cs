using Discovery.Cli;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Inventory;

/// <summary>
/// A local <c>discover collect</c> while another process holds the store: it stops before its first request to a
/// BMC (the crawl would be wasted) and names the process that holds the store (issue 13, item 11).
/// </summary>
public sealed class CollectStoreLockTests
{
    [Fact]
    public async Task Collect_WhileServeHoldsTheStore_ExitsBeforeAnyRequestNamingTheHolder()
    {
        using var temp = new TempDirectory();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        await File.WriteAllTextAsync(temp.File("password"), "password\n", ct);
        await using var fleet = await MockFleets.StartProjectAsync("minimal", count: 2, cancellationToken: ct);
        var store = temp.File("store");
        await using (var holder = await DiscoverProcess.ServeAsync(store, "lock-test-secret-of-at-least-32-bytes", ct))
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = await DiscoverApp.RunAsync(
                ["collect", .. fleet.Instances.Select(i => i.BaseUri.ToString()), "--state-dir", temp.Path, "--no-log", "--data-dir", store,
                 "--username", "admin", "--password-file", temp.File("password"), "--no-secrets-store"],
                output,
                error,
                ct);

            var errors = error.ToString();
            Assert.True(exit == ExitCodes.LocalFailure, errors);
            Assert.All(fleet.Instances, i => Assert.Equal(0L, i.Counters.Requests));
            // The holder by PID and command line (read from /proc), so a racing collect is told apart from a serve.
            Assert.Contains($"in use by another process (PID {holder.Id} (", errors, StringComparison.Ordinal);
            Assert.Contains("discover.dll serve --listen 127.0.0.1:0", errors, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output.ToString());
        }
    }
}
