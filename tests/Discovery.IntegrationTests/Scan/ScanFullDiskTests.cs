using System.Globalization;
using System.Net;
using System.Text.Json;
using Discovery.Cli;
using Discovery.MockBmc;
using Discovery.Scanning.State;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.Scan;

/// <summary>
/// <c>discover scan</c> with the crawl log on a full disk (issue 13, item 3): every BMC found still reaches standard
/// output and the last scan, the error names the file and says the disk is full, exit 3, no temporary file is left.
/// </summary>
public sealed class ScanFullDiskTests
{
    [Fact]
    public async Task Scan_LogOnAFullDisk_PrintsEveryBmcAndExits3()
    {
        var ct = TestContext.Current.CancellationToken;
        using var disk = await SmallDisk.MountAsync(ct);
        using var temp = new TempDirectory();
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Count = 3, FirstAddress = IPAddress.Parse("127.0.39.2") }, ct);
        var log = disk.File("log");
        disk.Fill();

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DiscoverApp.RunAsync(
            ["scan", "127.0.39.0/29", "-p", "http:" + fleet.Port.ToString(CultureInfo.InvariantCulture), "--timeout", "2s", "-o", "json",
             "--log-dir", log, "--state-dir", temp.Path],
            output,
            error,
            ct);

        var errors = error.ToString();
        Assert.True(exit == ExitCodes.LocalFailure, errors);
        var found = fleet.Instances.Select(i => i.Address.ToString()).Order(StringComparer.Ordinal).ToList();
        using (var rows = JsonDocument.Parse(output.ToString() is { Length: > 0 } text ? text : "null"))
        {
            Assert.True(rows.RootElement.ValueKind == JsonValueKind.Array, "no BMCs on stdout:\n" + errors);
            Assert.Equal(found, rows.RootElement.EnumerateArray().Select(r => r.GetProperty("address").GetString()).Order(StringComparer.Ordinal));
        }

        Assert.Contains($"discover: crawl log: could not write {log}{Path.DirectorySeparatorChar}", errors, StringComparison.Ordinal);
        Assert.Contains("the disk is full (No space left on device)", errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(disk.Path, "*.tmp", SearchOption.AllDirectories));
        var last = await LastScanStore.LoadAsync(temp.Path, ct);
        Assert.Equal(found, last?.Bmcs.Select(b => b.Address).Order(StringComparer.Ordinal));
    }
}
