using System.Globalization;
using Discovery.CrawlLog.Analysis;
using Discovery.MockBmc;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary>
/// Issue 17: a live collect of two mock BMCs (AMI Gigabyte, DMTF public-rackmount1) writes each part to its crawl-log
/// table, and <c>discover logs replay</c> maps the same parts from the logged responses. Counts are read by hand
/// from the mockups (see PartsMapperTests).
/// </summary>
public sealed class CrawlLogPartsTests
{
    private const string Password = "Parts-Pass-5120";

    [Fact]
    public async Task Collect_TwoMockups_PartTablesHoldEveryPartAndReplayReproducesThem()
    {
        var token = TestContext.Current.CancellationToken;
        var mockups = new[] { MockupPaths.Shared("gigabyte-h262-z63-ami"), MockupPaths.Shared("dmtf-public-rackmount1") };
        using var temp = new TempDirectory();
        var logDirectory = temp.File("logs");
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = mockups, Count = 2, Password = Password }, token);

        var (runId, live) = await LoggedCollect.RunAsync(fleet, logDirectory, Password, configure: null, token);

        using (var query = CrawlLogQuery.Open(logDirectory))
        {
            // Gigabyte 2 CPUs, 16 DIMMs, 1 drive, 1 PCIe device, 2 node + 1 BMC firmware; DMTF 1 CPU, 3 DIMMs, FPGA + GPU, 2 drives, 2 + 1 firmware.
            async Task<long> Count(string table) => Convert.ToInt64(
                (await query.QueryAsync($"select count(*) from {table} where run_id = '{runId}'", token)).Rows[0][0], CultureInfo.InvariantCulture);
            Assert.Equal((3L, 19L, 2L, 3L, 1L, 6L),
                (await Count("processors"), await Count("memory"), await Count("accelerators"), await Count("drives"), await Count("pcie_devices"), await Count("firmware")));
            // mock-bmc gives every instance its own serials, so the DIMM's is the one the live crawl mapped.
            var serial = live.SelectMany(m => m.Nodes).SelectMany(n => n.Memory).Single(d => d.Location == "DIMM_P0_A0").SerialNumber;
            var dimm = await query.QueryAsync("select serial_number, capacity_mib, status_health from memory where location = 'DIMM_P0_A0'", token);
            Assert.Equal([serial, "15625", "OK"], dimm.Rows[0].Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
            Assert.Matches("^[0-9A-F]{8}$", serial);
            var bmcFirmware = await query.QueryAsync("select firmware_version from firmware where owner_kind = 'bmc' order by 1", token);
            Assert.Equal(["1.45.455b66-rev4", "12.84.13"], bmcFirmware.Rows.Select(r => (string?)r[0]));
        }

        var replayed = (await LoggedCollect.ReplayMatchesAsync(logDirectory, runId, live, token)).EnumerateArray().SelectMany(b => b.GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal([16, 3], replayed.Select(n => n.GetProperty("memory").GetArrayLength()).OrderDescending());
        Assert.Equal(4, replayed.Sum(n => n.GetProperty("empty_slots").GetArrayLength()));
    }
}
