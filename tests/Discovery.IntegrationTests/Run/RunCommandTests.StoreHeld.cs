using Discovery.Cli;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Run;

public sealed partial class RunCommandTests
{
    /// <summary>
    /// A pass whose local store a running serve holds stops before its first request, as collect does (issue 13,
    /// item 11): the scan and crawl would be wasted, since their results could not be stored.
    /// </summary>
    [Fact]
    public async Task Run_WhileServeHoldsTheStore_ExitsBeforeAnyRequestNamingTheHolder()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var fleet = await StartFleetAsync("127.0.40.2", 2, token);
        var config = await WriteConfigAsync(temp, fleet, "127.0.40.0/29", token);
        var store = temp.File("store");
        string[] args = ["run", "-f", config, "-o", "json", "--store", "true", "--data-dir", store];
        await using (var holder = await DiscoverProcess.ServeAsync(store, "run-lock-test-secret-of-at-least-32-bytes", token))
        {
            var held = await RunAsync(temp, args, token);

            Assert.True(held.Exit == ExitCodes.LocalFailure, held.Error);
            Assert.All(fleet.Instances, i => Assert.Equal(0L, i.Counters.Requests));
            Assert.Contains($"in use by another process (PID {holder.Id} (", held.Error, StringComparison.Ordinal);
        }

        // The run lock went with the refused pass: once serve is gone, the next pass runs and stores.
        var next = await RunAsync(temp, args, token);
        Assert.True(next.Exit == ExitCodes.ChangesFound, next.Error);
        Assert.Contains("store: 4 added", next.Error, StringComparison.Ordinal);
    }
}
