using System.Globalization;
using System.Net;
using System.Text;
using Discovery.Cli;
using Discovery.Store;
using Discovery.Testing;

namespace Discovery.IntegrationTests.Inventory;

/// <summary>
/// <c>discover serve</c> as a child process: every write the API acknowledged survives <c>kill -9</c>; while it runs,
/// CLI commands on the same <c>--data-dir</c> are refused with a pointer to <c>--server</c>, and work through it.
/// </summary>
public sealed class ServeKillTests
{
    private const string Secret = "integration-secret-of-at-least-32-bytes";

    [Fact]
    public async Task Serve_KilledWithSigkill_KeepsEveryAcknowledgedWrite()
    {
        using var temp = new TempDirectory();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        var dataDir = temp.File("store");
        var acknowledged = new List<string>();
        await using (var child = await DiscoverProcess.ServeAsync(dataDir, Secret, ct))
        {
            var server = child.Address;
            using var http = child.CreateAuthorizedClient();
            for (var i = 1; i <= 40; i++)
            {
                var xname = $"x3000c0s{i}b0n0";
                using var response = await http.PostAsync("/nodes", new StringContent($$"""{"xname": "{{xname}}", "hostname": "nid{{i:D4}}"}""", Encoding.UTF8, "application/json"), ct);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                acknowledged.Add(xname);
            }

            using var renamed = new HttpRequestMessage(HttpMethod.Put, "/nodes/x3000c0s1b0n0") { Content = new StringContent("""{"xname": "x3000c0s1b0n0", "hostname": "login1"}""", Encoding.UTF8, "application/json") };
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(renamed, ct)).StatusCode);

            // While serve holds the store: the local CLI is refused with a hint, and --server works.
            var (localExit, _, localError) = await RunAsync("get", "nodes", "--data-dir", dataDir);
            var (remoteExit, remoteOutput, remoteError) = await RunAsync("get", "nodes", "--server", server.ToString(), "-o", "json");
            Assert.Equal(ExitCodes.LocalFailure, localExit);
            Assert.Contains("--server", localError, StringComparison.Ordinal);
            Assert.True(remoteExit == 0, remoteError);
            Assert.Equal(40, System.Text.Json.JsonDocument.Parse(remoteOutput).RootElement.GetArrayLength());

            Assert.Equal(137, await child.KillAsync(ct));
        }

        Assert.Empty(Directory.Exists(Path.Combine(dataDir, "snapshots")) ? Directory.GetDirectories(Path.Combine(dataDir, "snapshots")) : []);
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = dataDir }, ct);
        var nodes = await store.Nodes.ListAsync(new RecordQuery { Limit = null }, ct);
        Assert.Null(store.OpenReport.RestoredSnapshot);
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), nodes.Items.Select(n => n.Xname!).Order(StringComparer.Ordinal));
        Assert.Equal("login1", (await store.Nodes.GetAsync("x3000c0s1b0n0", ct))!.Record.Hostname);
    }

    /// <summary>Issue 14: writes from 16 clients at once share group commits; each acknowledged one is in the file after kill -9 mid-stream.</summary>
    [Fact]
    public async Task Serve_KilledWithSigkillDuringConcurrentWrites_KeepsEveryAcknowledgedWrite()
    {
        using var temp = new TempDirectory();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var ct = timeout.Token;
        var dataDir = temp.File("store");
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(string Xname, string Hostname)>();
        await using (var child = await DiscoverProcess.ServeAsync(dataDir, Secret, ct))
        {
            using var http = child.CreateAuthorizedClient();
            using var enough = new SemaphoreSlim(0);
            var clients = Enumerable.Range(0, 16).Select(c => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var xname = $"x{3000 + c}c0s{i}b0n0";
                    try
                    {
                        using var created = await http.PostAsync("/nodes", new StringContent($$"""{"xname": "{{xname}}", "hostname": "n{{i}}"}""", Encoding.UTF8, "application/json"), ct);
                        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                        acknowledged.Add((xname, $"n{i}"));
                        // The rename brings a NIC: its row commits with the node's, in the same group.
                        var nic = $$"""{"name": "eth0", "mac_address": "{{Mac(c, i)}}"}""";
                        using var renamed = await http.PutAsync($"/nodes/{xname}", new StringContent($$"""{"xname": "{{xname}}", "hostname": "m{{i}}", "network_interfaces": [{{nic}}]}""", Encoding.UTF8, "application/json"), ct);
                        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
                        acknowledged.Add((xname, $"m{i}"));
                        enough.Release();
                    }
                    catch (HttpRequestException)
                    {
                        return; // killed while this request was in flight: not acknowledged
                    }
                }
            }, ct)).ToArray();

            for (var i = 0; i < 100; i++)
            {
                await enough.WaitAsync(ct);
            }

            Assert.Equal(137, await child.KillAsync(ct));
            await Task.WhenAll(clients);
        }

        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = dataDir }, ct);
        var nodes = (await store.Nodes.ListAsync(new RecordQuery { Limit = null }, ct)).Items;
        var stored = nodes.ToDictionary(n => n.Xname!, n => n.Hostname);
        foreach (var (xname, hostname) in acknowledged)
        {
            Assert.True(stored.ContainsKey(xname), $"{xname} was acknowledged and is gone");
            // The last acknowledged hostname, or the rename that was in flight at the kill.
            Assert.True(hostname.StartsWith('m') ? stored[xname] == hostname : stored[xname] is { } h && (h == hostname || h == "m" + hostname[1..]), $"{xname}: {stored[xname]}");
        }

        // A renamed node has the NIC its rename brought, and a node never renamed has none: never one without the other.
        foreach (var node in nodes)
        {
            var (c, i) = (int.Parse(node.Xname![1..5], CultureInfo.InvariantCulture) - 3000, int.Parse(node.Hostname![1..], CultureInfo.InvariantCulture));
            Assert.Equal(node.Hostname.StartsWith('m') ? [Mac(c, i)] : [], node.NetworkInterfaces.Select(n => n.MacAddress));
        }
    }

    private static string Mac(int client, int i) => string.Create(CultureInfo.InvariantCulture, $"02:00:00:{client:x2}:{i / 256 % 256:x2}:{i % 256:x2}");

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
