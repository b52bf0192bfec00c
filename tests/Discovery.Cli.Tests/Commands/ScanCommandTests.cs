using System.Net;
using System.Text.Json;
using Discovery.MockBmc;
using Discovery.Scanning.State;
using Discovery.CrawlLog.Analysis;
using Discovery.Testing.Mockups;

namespace Discovery.Cli.Tests.Commands;

public sealed class ScanCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scan-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Scan_BadTargets_ReturnsBadInputNamingEachAndSendsNothing()
    {
        var cli = new CliTestContext();
        var empty = Path.Combine(_directory, "empty.txt");
        await File.WriteAllTextAsync(empty, "# nothing\n", TestContext.Current.CancellationToken);

        var exitCode = await cli.RunAsync("scan", "10.0.0.0/33", "10.0.0.300", "10.0.0.5-2", "-iL", empty, "--state-dir", _directory);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        var errors = cli.Error.ToString();
        Assert.Contains("argument: '10.0.0.0/33': prefix length 33 is out of range for IPv4 (0-32)", errors, StringComparison.Ordinal);
        Assert.Contains("argument: '10.0.0.300': '300' is not an octet (0-255)", errors, StringComparison.Ordinal);
        Assert.Contains("argument: '10.0.0.5-2': range end 2 is below its start 10.0.0.5", errors, StringComparison.Ordinal);
        Assert.Contains($"{empty}: the file holds no targets", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output.ToString());
        Assert.False(File.Exists(Path.Combine(_directory, LastScanStore.FileName)));
    }

    [Theory]
    [InlineData("-p", "0")]
    [InlineData("--timeout", "soon")]
    [InlineData("--concurrency", "0")]
    public async Task Scan_BadOption_ReturnsBadInput(string option, string value)
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("scan", "127.0.0.1", option, value, "--state-dir", _directory);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(option, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_FleetAsJsonl_PrintsBmcsSavesLastScanAndSummarises()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], FirstAddress = IPAddress.Parse("127.0.11.2"), Count = 3 }, ct);
        var targets = Path.Combine(_directory, "targets.txt");
        await File.WriteAllTextAsync(targets, "127.0.11.0/29  # the lab rack\n", ct);
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync(
            "scan", "-iL", targets, "--exclude", "127.0.11.4", "-p", $"http:{fleet.Port}", "-o", "jsonl", "--state-dir", _directory,
            "--log-dir", Path.Combine(_directory, "logs"));

        Assert.Equal(ExitCodes.Ok, exitCode);
        var lines = cli.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var addresses = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("address").GetString()).ToList();
        Assert.Equal(["127.0.11.2", "127.0.11.3"], addresses);
        Assert.Equal(fleet.Instances[0].ServiceUuid, JsonDocument.Parse(lines[0]).RootElement.GetProperty("uuid").GetString());
        Assert.Matches(@"(?m)^scanned 7 addresses \(7 probes: .*\) in [0-9.]+ s: 2 BMCs", cli.Error.ToString());
        var saved = await LastScanStore.LoadAsync(_directory, ct);
        Assert.Equal(["127.0.11.2", "127.0.11.3"], saved!.Bmcs.Select(b => b.Address));
        Assert.Equal($"http://127.0.11.2:{fleet.Port}/", saved.Bmcs[0].BaseUri);

        // Every probe is a row of the crawl log's scans table, BMC or not.
        using var log = CrawlLogQuery.Open(Path.Combine(_directory, "logs"));
        var rows = await log.QueryAsync("select address, status, service_uuid from scans order by address", ct);
        Assert.Equal(7, rows.Rows.Count);
        Assert.Equal(
            [("127.0.11.2", fleet.Instances[0].ServiceUuid), ("127.0.11.3", fleet.Instances[1].ServiceUuid)],
            rows.Rows.Where(r => (string?)r[1] == "bmc").Select(r => ((string?)r[0], (string?)r[2])));
        var run = Assert.Single(await log.ListRunsAsync(ct));
        Assert.Equal(("scan", "complete", 7L), (run.Kind, run.Status, run.Scans));
    }

    [Fact]
    public async Task Scan_NothingFound_StillExitsOk()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("scan", "127.0.12.1", "-p", "1", "-o", "json", "--state-dir", _directory);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal("[]", cli.Output.ToString().Trim());
    }
}
