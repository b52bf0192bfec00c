using System.Net;
using Discovery.Scanning;
using Discovery.Scanning.State;
using Discovery.Testing;
using static Discovery.Api.Tests.ApiTestJson;

namespace Discovery.Api.Tests;

/// <summary><c>GET /fleet</c>, <c>/runs</c> and <c>/tls-fingerprints</c>: the read-only views of the web UI's fleet pages.</summary>
public sealed class FleetEndpointsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fleet_counts_nodes_per_model_and_finds_the_newest_firmware_in_natural_order()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var http = server.Authorized;
        foreach (var (ip, version) in new[] { ("10.0.0.1", "1.9.2"), ("10.0.0.2", "1.10.0"), ("10.0.0.3", "1.10.0"), ("10.0.0.4", null) })
        {
            var firmware = version is null ? string.Empty : $", \"firmware_version\": \"{version}\"";
            using var created = await http.PostAsync("/bmcs", Body($$"""{"ip": "{{ip}}", "manufacturer": "HPE", "model": "iLO 5"{{firmware}}}"""), Token);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        foreach (var (xname, model) in new[] { ("x1000c0s1b0n0", "DL325"), ("x1000c0s2b0n0", "DL325"), ("x1000c0s3b0n0", "DL385") })
        {
            using var created = await http.PostAsync("/nodes", Body($$"""{"xname": "{{xname}}", "manufacturer": "HPE", "model": "{{model}}"}"""), Token);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var fleet = await ReadAsync(await server.Anonymous.GetAsync("/fleet", Token));
        Assert.Equal(3, fleet.GetProperty("nodes").GetInt64());
        Assert.Equal(4, fleet.GetProperty("bmcs").GetInt64());
        Assert.Equal([("DL325", 2L), ("DL385", 1L)], fleet.GetProperty("node_models").EnumerateArray().Select(m => (m.GetProperty("model").GetString(), m.GetProperty("nodes").GetInt64())));
        var ilo = Assert.Single(fleet.GetProperty("bmc_firmware").EnumerateArray());
        // As text "1.9.2" sorts after "1.10.0"; as versions it is older.
        Assert.Equal("1.10.0", ilo.GetProperty("newest").GetString());
        Assert.Equal(1, ilo.GetProperty("behind").GetInt64());
        Assert.Equal(1, ilo.GetProperty("unknown").GetInt64());
        Assert.Equal(4, ilo.GetProperty("bmcs").GetInt64());
        Assert.Equal(["1.10.0", "1.9.2", null], ilo.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Runs_without_a_crawl_log_are_an_empty_list_and_a_404_naming_the_option()
    {
        await using var server = await ApiServer.StartAsync(cancellationToken: Token);
        var runs = await ReadAsync(await server.Anonymous.GetAsync("/runs", Token));
        Assert.False(runs.GetProperty("log_configured").GetBoolean());
        Assert.Equal(0, runs.GetProperty("total").GetInt32());

        using var missing = await server.Anonymous.GetAsync("/runs/20261206T000000Z-00000000", Token);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("--log-dir", (await ReadAsync(missing)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var bad = await server.Anonymous.GetAsync("/runs?limit=0", Token);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["limit"], await ErrorFieldsAsync(bad));
    }

    [Fact]
    public async Task Runs_of_an_empty_log_folder_say_a_log_is_configured_without_showing_its_path()
    {
        using var logs = new TempDirectory();
        await using var server = await ApiServer.StartAsync(cancellationToken: Token, configure: o => o with { LogDirectory = logs.Path });
        var runs = await ReadAsync(await server.Anonymous.GetAsync("/runs", Token));
        Assert.True(runs.GetProperty("log_configured").GetBoolean());
        Assert.DoesNotContain(logs.Path, runs.GetRawText(), StringComparison.Ordinal);
        using var missing = await server.Anonymous.GetAsync("/runs/20261206T000000Z-00000000", Token);
        Assert.DoesNotContain(logs.Path, await missing.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(0, runs.GetProperty("total").GetInt32());
        Assert.Empty(runs.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Tls_fingerprints_join_pins_and_the_last_scan_and_flag_a_changed_certificate()
    {
        using var state = new TempDirectory();
        await File.WriteAllTextAsync(state.File("tls-pins.json"), $$"""{"10.0.0.1:443": "{{new string('A', 64)}}", "10.0.0.2:443": "{{new string('B', 64)}}"}""", Token);
        await LastScanStore.SaveAsync(state.Path, new LastScan
        {
            ScannedAt = DateTimeOffset.Parse("2026-12-06T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Bmcs =
            [
                new DiscoveredBmc { Address = "10.0.0.1", Port = 443, Scheme = "https", BaseUri = "https://10.0.0.1:443/", TlsFingerprint = new string('a', 64) },
                new DiscoveredBmc { Address = "10.0.0.2", Port = 443, Scheme = "https", BaseUri = "https://10.0.0.2:443/", TlsFingerprint = new string('c', 64) },
                new DiscoveredBmc { Address = "10.0.0.3", Port = 8443, Scheme = "https", BaseUri = "https://10.0.0.3:8443/", TlsFingerprint = new string('d', 64) },
            ],
        }, Token);
        await using var server = await ApiServer.StartAsync(cancellationToken: Token, configure: o => o with { StateDirectory = state.Path });

        var all = await ReadAsync(await server.Anonymous.GetAsync("/tls-fingerprints", Token));
        var items = all.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("endpoint").GetString()!);
        Assert.Equal(["10.0.0.1:443", "10.0.0.2:443", "10.0.0.3:8443"], items.Keys);
        Assert.Equal(new string('a', 64), items["10.0.0.1:443"].GetProperty("pinned").GetString());
        Assert.False(items["10.0.0.1:443"].GetProperty("mismatch").GetBoolean());
        Assert.True(items["10.0.0.2:443"].GetProperty("mismatch").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, items["10.0.0.3:8443"].GetProperty("pinned").ValueKind);
        Assert.Empty(all.GetProperty("problems").EnumerateArray());

        var some = await ReadAsync(await server.Anonymous.GetAsync("/tls-fingerprints?endpoint=10.0.0.3:8443,10.0.0.9:443", Token));
        Assert.Equal(["10.0.0.3:8443"], some.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("endpoint").GetString()));
    }

    [Fact]
    public async Task A_broken_pin_file_is_reported_and_the_scan_fingerprints_still_served()
    {
        using var state = new TempDirectory();
        await File.WriteAllTextAsync(state.File("tls-pins.json"), "{ not json", Token);
        await LastScanStore.SaveAsync(state.Path, new LastScan
        {
            ScannedAt = DateTimeOffset.UnixEpoch,
            Bmcs = [new DiscoveredBmc { Address = "10.0.0.1", Port = 443, Scheme = "https", BaseUri = "https://10.0.0.1:443/", TlsFingerprint = new string('e', 64) }],
        }, Token);
        await using var server = await ApiServer.StartAsync(cancellationToken: Token, configure: o => o with { StateDirectory = state.Path });
        var report = await ReadAsync(await server.Anonymous.GetAsync("/tls-fingerprints", Token));
        Assert.Contains("tls-pins.json", Assert.Single(report.GetProperty("problems").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(new string('e', 64), Assert.Single(report.GetProperty("items").EnumerateArray()).GetProperty("scanned").GetString());
    }
}
