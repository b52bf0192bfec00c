using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Scan;

/// <summary>
/// Acceptance of issue #16's mDNS part: <c>discover scan --mdns</c> finds exactly the BMCs mock-bmc advertises, and
/// neither an advertised non-Redfish service nor an advertised Redfish port with nothing behind it. Both programs run
/// inside a network namespace this test creates (<c>unshare --net</c>), whose only interface is loopback, so no
/// multicast ever reaches a real network.
/// </summary>
public sealed class ScanMdnsTests : IDisposable
{
    private const int FleetSize = 4;

    // Runs inside the namespace: loopback up with multicast and a route for the group, mock-bmc advertising the fleet
    // (the last instance as OpenBMC's type) plus a printer and a ghost Redfish service on a closed port, then two scans.
    // The second scan's probes get a long time limit: on a loaded machine a 3 s TLS confirmation can miss a live BMC.
    private const string Script = """
        set -u
        dotnet="$1" mock="$2" discover="$3" dir="$4" mockup="$5"
        ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo || exit 90
        links="$(ip -o link show | wc -l)"
        [ "$links" = 1 ] || { echo "the namespace has $links interfaces, not only loopback" >&2; exit 91; }
        "$dotnet" exec "$mock" --mockup "$mockup" --fleet 4 --tls --mdns --mdns-obmc 1 \
          --mdns-extra printer:_ipp._tcp:631 --mdns-extra ghost:_redfish._tcp:9 >"$dir/mock.out" 2>&1 &
        pid=$!
        trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
        deadline=$((SECONDS + 90))
        until grep -q '^ready:' "$dir/mock.out"; do
          kill -0 $pid 2>/dev/null || { cat "$dir/mock.out" >&2; exit 92; }
          [ $SECONDS -lt $deadline ] || { echo "mock-bmc not ready in 90 s" >&2; exit 93; }
          sleep 0.05
        done
        port="$(sed -n 's/^ready: .* port \([0-9]*\) .*/\1/p' "$dir/mock.out")"
        "$dotnet" exec "$discover" scan --mdns -o json --state-dir "$dir/state" --log-dir "$dir/logs" >"$dir/mdns.json" 2>"$dir/mdns.err"
        echo $? >"$dir/mdns.rc"
        "$dotnet" exec "$discover" scan 127.0.0.2-127.0.0.9 -p "$port" --mdns --timeout 20s -o json --no-log --state-dir "$dir/state2" >"$dir/both.json" 2>"$dir/both.err"
        echo $? >"$dir/both.rc"
        echo "$port" >"$dir/port"
        """;

    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Scan_with_mdns_finds_exactly_the_advertised_bmcs_and_merges_them_with_the_connect_probe()
    {
        await RunInNamespaceAsync();
        var fleet = ReadFleet();
        Assert.Equal(FleetSize, fleet.Count);
        var port = int.Parse(File.ReadAllText(_dir.File("port")).Trim(), CultureInfo.InvariantCulture);

        // mDNS alone: every advertised BMC once, nothing else (the printer is not browsed; the ghost's port is closed).
        Assert.Equal("0", File.ReadAllText(_dir.File("mdns.rc")).Trim());
        var found = ReadBmcs("mdns.json");
        Assert.Equal(fleet.OrderBy(f => f.Address), found.Select(b => (b.Address, b.Uuid)).OrderBy(f => f.Address));
        Assert.All(found, b => Assert.Equal(["mdns"], b.FoundBy));
        Assert.All(found, b => Assert.Equal((port, "https"), (b.Port, b.Scheme)));
        var summary = File.ReadAllText(_dir.File("mdns.err"));
        Assert.Contains($"({FleetSize + 1} probes: {FleetSize} bmc, 1 closed)", summary, StringComparison.Ordinal);

        // With targets and the connect probe too: still one result per BMC, found by both.
        Assert.Equal("0", File.ReadAllText(_dir.File("both.rc")).Trim());
        var merged = ReadBmcs("both.json");
        Assert.Equal(fleet.OrderBy(f => f.Address), merged.Select(b => (b.Address, b.Uuid)).OrderBy(f => f.Address));
        Assert.All(merged, b => Assert.Equal(["mdns", "redfish"], b.FoundBy));
    }

    public void Dispose() => _dir.Dispose();

    private async Task RunInNamespaceAsync()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess || !File.Exists("/usr/bin/unshare") || !File.Exists("/usr/sbin/ip") && !File.Exists("/usr/bin/ip") && !File.Exists("/sbin/ip"))
        {
            Assert.Skip("The mDNS scan test needs Linux, root, unshare and ip (iproute2) to make a network namespace of its own; it never multicasts on a real network.");
        }

        var script = _dir.File("netns.sh");
        await File.WriteAllTextAsync(script, Script, TestContext.Current.CancellationToken);
        var info = new ProcessStartInfo("/usr/bin/unshare");
        foreach (var argument in new[]
        {
            "--net", "bash", script, DotnetHost.Path, Path.Combine(AppContext.BaseDirectory, "mock-bmc.dll"),
            Path.Combine(AppContext.BaseDirectory, "discover.dll"), _dir.Path, MockupPaths.Project("minimal"),
        })
        {
            info.ArgumentList.Add(argument);
        }

        var result = await ProcessRunner.RunAsync(info, TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);
        if (result.ExitCode != 0 && result.Error.Contains("unshare failed", StringComparison.Ordinal))
        {
            Assert.Skip($"Network namespaces are not available here: {result.Error.Trim()}");
        }

        Assert.True(result.ExitCode == 0, $"namespace script failed: {result}; mock-bmc: {ReadIfExists("mock.out")}");
    }

    // mock-bmc's per-instance lines: index, base URI, mockup, uuid=..., mac=...
    private List<(string Address, string? Uuid)> ReadFleet() =>
        [.. File.ReadAllLines(_dir.File("mock.out"))
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length == 5)
            .Select(cells => (new Uri(cells[1]).Host, (string?)cells[3]["uuid=".Length..]))];

    private List<(string Address, string? Uuid, int Port, string Scheme, string[] FoundBy)> ReadBmcs(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_dir.File(file)));
        return [.. json.RootElement.EnumerateArray().Select(b => (
            b.GetProperty("address").GetString()!,
            b.GetProperty("uuid").GetString(),
            b.GetProperty("port").GetInt32(),
            b.GetProperty("scheme").GetString()!,
            b.GetProperty("found_by").EnumerateArray().Select(k => k.GetString()!).ToArray()))];
    }

    private string ReadIfExists(string name) => File.Exists(_dir.File(name)) ? File.ReadAllText(_dir.File(name)) : "(none)";
}
