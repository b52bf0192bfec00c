using System.Net;
using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.Scanning.State;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Scan;

/// <summary>Acceptance of issue #3: `discover scan` over a /24 holding a 50-BMC mixed fleet, a hung BMC and a web page.</summary>
public sealed class ScanEndToEndTests : IAsyncLifetime
{
    private const int ProbeTimeoutSeconds = 2;

    // What each shared mockup's ServiceRoot says about its vendor (Vendor, else the Oem key; Cray EX, the DMTF
    // sample and the Intel board publish neither).
    private static readonly Dictionary<string, string?> ExpectedVendors = new(StringComparer.Ordinal)
    {
        ["dmtf-public-rackmount1"] = null,
        ["gigabyte-h262-z63-ami"] = "AMI",
        ["hpe-cray-ex-cmm"] = null,
        ["hpe-cray-ex425-nodecard"] = null,
        ["hpe-cray-slingshot-switch-blade"] = null,
        ["hpe-proliant-dl325-gen10plus-ilo5"] = "HPE",
        ["intel-s2600bpb"] = null,
    };

    // Cray EX controllers publish no ServiceRoot UUID (the simulator serves the tree as it is).
    private static readonly HashSet<string> WithoutRootUuid = new(StringComparer.Ordinal)
    {
        "hpe-cray-ex-cmm",
        "hpe-cray-ex425-nodecard",
        "hpe-cray-slingshot-switch-blade",
    };

    private readonly string _stateDir = Directory.CreateTempSubdirectory("scan-e2e-").FullName;
    private MockFleet? _fleet;
    private MockFleet? _hung;
    private ScanHtmlServer? _web;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var mockups = ExpectedVendors.Keys.Select(MockupPaths.Shared).ToList();
        _fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = mockups, Count = 50, Tls = true }, ct);
        _hung = await MockFleet.StartAsync(
            new MockFleetOptions
            {
                MockupDirectories = [mockups[0]],
                FirstAddress = IPAddress.Parse("127.0.0.55"),
                Port = _fleet.Port,
                Tls = true,
                Faults = new MockFaults { Hang = true },
            },
            ct);
        _web = await ScanHtmlServer.StartAsync(IPAddress.Parse("127.0.0.60"), _fleet.Port, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        if (_hung is not null)
        {
            await _hung.DisposeAsync();
        }

        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }

        Directory.Delete(_stateDir, recursive: true);
    }

    [Fact]
    public async Task Scan_SlashTwentyFour_FindsExactlyTheFleetWithVendorAndUuid()
    {
        var fleet = _fleet!;
        var (exitCode, bmcs, stderr) = await ScanAsync("127.0.0.0/24");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(50, bmcs.Count);
        foreach (var instance in fleet.Instances)
        {
            var bmc = Assert.Single(bmcs, b => b.GetProperty("address").GetString() == instance.Address.ToString());
            Assert.Equal(fleet.Port, bmc.GetProperty("port").GetInt32());
            Assert.Equal(WithoutRootUuid.Contains(instance.MockupName) ? null : instance.ServiceUuid, bmc.GetProperty("uuid").GetString());
            Assert.Equal(ExpectedVendors[instance.MockupName], bmc.GetProperty("vendor").GetString());
            Assert.Matches("^[0-9a-f]{64}$", bmc.GetProperty("tls_fingerprint").GetString());
        }

        // The hung BMC timed out and the web page was not Redfish: reported, not counted.
        Assert.Contains("1 timeout", stderr, StringComparison.Ordinal);
        Assert.Contains("1 tlsfailed", stderr, StringComparison.Ordinal);
        var saved = await LastScanStore.LoadAsync(_stateDir, TestContext.Current.CancellationToken);
        Assert.Equal(50, saved!.Bmcs.Count);
    }

    [Fact]
    public async Task Scan_WithExclude_LeavesForty()
    {
        var (exitCode, bmcs, _) = await ScanAsync("127.0.0.0/24", "--exclude", "127.0.0.10-19");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(40, bmcs.Count);
        Assert.DoesNotContain(bmcs, b => b.GetProperty("address").GetString() is "127.0.0.10" or "127.0.0.15" or "127.0.0.19");
    }

    [Fact]
    public async Task Scan_PlainHttpOnTheWebPage_IsNotRedfish()
    {
        var (exitCode, bmcs, stderr) = await ScanAsync("127.0.0.60", "--http");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Empty(bmcs);
        Assert.Contains("1 notredfish", stderr, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, List<JsonElement> Bmcs, string Stderr)> ScanAsync(params string[] extra)
    {
        // The hung BMC costs one timeout; the whole /24 must finish well inside a few timeouts, not stall.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(ProbeTimeoutSeconds * 5));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args =
        [
            "scan", .. extra, "-p", _fleet!.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--timeout", $"{ProbeTimeoutSeconds}s", "-o", "json", "--state-dir", _stateDir,
        ];

        var exitCode = await DiscoverApp.RunAsync(args, stdout, stderr, deadline.Token);

        Assert.False(deadline.IsCancellationRequested, $"scan did not finish within {ProbeTimeoutSeconds * 5} s");
        using var document = JsonDocument.Parse(stdout.ToString());
        return (exitCode, document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList(), stderr.ToString());
    }
}
