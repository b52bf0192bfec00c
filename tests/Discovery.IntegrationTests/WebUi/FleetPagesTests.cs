using System.Text.Json;
using Discovery.Testing;
using Microsoft.Playwright;

namespace Discovery.IntegrationTests.WebUi;

/// <summary>
/// The BMCs, fleet, runs and boot sessions pages in a real browser over real data (<see cref="FleetPagesData"/>):
/// what each page shows must match what the API says, and the fleet charts' numbers must match counts the test
/// computes itself from every page of <c>GET /nodes</c> and <c>GET /bmcs</c>.
/// </summary>
public sealed class FleetPagesTests(Chromium chromium, FleetPagesData data) : IClassFixture<Chromium>, IClassFixture<FleetPagesData>
{
    // A page's first render waits on the server (DuckDB reads, the crawl log): patience for a loaded CI machine.
    private const float Patience = 30_000;

    [Fact]
    public async Task Bmcs_page_shows_each_bmcs_status_firmware_and_pinned_fingerprint_as_the_api_does()
    {
        var ct = TestContext.Current.CancellationToken;
        var bmcs = await data.ListAllAsync("bmcs", ct);
        var pins = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(Path.Combine(data.StateDirectory, "tls-pins.json"), ct))!;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(data.Serve.Address, "#/bmcs").ToString());

        var rows = page.Locator("#bmcs tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(bmcs.Count, new() { Timeout = Patience });
        foreach (var bmc in bmcs)
        {
            var row = page.Locator($"#bmcs tr[data-bmc='{bmc.GetProperty("xname").GetString()}']");
            await Assertions.Expect(row.Locator(".crawl-status")).ToHaveTextAsync(bmc.GetProperty("last_crawl_status").GetString()!);
            await Assertions.Expect(row.Locator(".firmware-version")).ToHaveTextAsync(bmc.GetProperty("firmware_version").GetString()!);
            var endpoint = $"{bmc.GetProperty("ip").GetString()}:{bmc.GetProperty("port").GetInt32()}";
            await Assertions.Expect(row.Locator(".fingerprint code")).ToHaveTextAsync(pins[endpoint].ToLowerInvariant());
        }

        // The refusing BMC is auth_failed now, and the firmware shown is what it reported before.
        Assert.Equal("auth_failed", bmcs.Single(b => b.GetProperty("ip").GetString() == data.Addresses.Refusing).GetProperty("last_crawl_status").GetString());
        Assert.Equal(FleetPagesData.Upgraded, bmcs.Single(b => b.GetProperty("ip").GetString() == data.Addresses.Upgraded).GetProperty("firmware_version").GetString());

        // The status filter runs on the server and stays in the address.
        await page.GetByLabel("Crawl status").SelectOptionAsync("auth_failed");
        await Assertions.Expect(rows).ToHaveCountAsync(bmcs.Count(b => b.GetProperty("last_crawl_status").GetString() == "auth_failed"), new() { Timeout = Patience });
        Assert.Contains("last_crawl_status=auth_failed", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(new Uri(data.Serve.Address, "#/bmcs").ToString());
        await Assertions.Expect(rows).ToHaveCountAsync(bmcs.Count, new() { Timeout = Patience });
        await Screenshots.SaveAsync(page, "bmcs");
        Assert.Empty(chromium.OffHostRequests);
    }

    [Fact]
    public async Task Fleet_charts_show_the_counts_the_api_listings_add_up_to()
    {
        var ct = TestContext.Current.CancellationToken;
        var nodes = await data.ListAllAsync("nodes", ct);
        var bmcs = await data.ListAllAsync("bmcs", ct);
        var runs = (await data.GetAsync("/runs?limit=10", ct)).GetProperty("items").EnumerateArray().ToList();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(data.Serve.Address, "#/fleet").ToString());
        await Assertions.Expect(page.Locator("#fleet-totals")).ToHaveTextAsync($"{nodes.Count} nodes and {bmcs.Count} BMCs in the inventory.", new() { Timeout = Patience });

        var byModel = nodes.GroupBy(n => Label(n)).ToDictionary(g => g.Key, g => new[] { g.Count().ToString() });
        Assert.Equal(2, byModel.Count);
        Assert.Equal(byModel, await ChartAsync(page, "node-models"));

        var byStatus = bmcs.GroupBy(b => b.GetProperty("last_crawl_status").GetString()!).ToDictionary(g => g.Key, g => new[] { g.Count().ToString() });
        Assert.Equal(byStatus, await ChartAsync(page, "bmc-status"));

        // Newest per BMC model by version number; the others are behind.
        var firmware = bmcs.GroupBy(b => Label(b)).ToDictionary(g => g.Key, g =>
        {
            var versions = g.Select(b => Version.Parse(b.GetProperty("firmware_version").GetString()!)).ToList();
            var onNewest = versions.Count(v => v == versions.Max());
            return new[] { onNewest.ToString(), (versions.Count - onNewest).ToString(), "0", versions.Count.ToString() };
        });
        Assert.Contains(firmware.Values, f => f[1] == "1");
        Assert.Equal(firmware, await ChartAsync(page, "bmc-firmware"));

        // The last runs, oldest first: BMC outcomes and change counts as /runs has them, and as the data was made.
        var statusRows = await ChartAsync(page, "run-status");
        var keys = (await page.Locator("figure[data-chart='run-status'] thead th").AllTextContentsAsync()).ToList();
        Assert.Equal(data.RunIds, statusRows.Keys);
        foreach (var run in runs)
        {
            var shown = statusRows[run.GetProperty("run").GetProperty("run_id").GetString()!];
            foreach (var status in run.GetProperty("bmc_status").EnumerateObject())
            {
                Assert.Equal(status.Value.GetInt64().ToString(), shown[keys.IndexOf(status.Name) - 1]);
            }
        }

        Assert.Equal(bmcs.Count.ToString(), statusRows[data.RunIds[0]][keys.IndexOf("ok") - 1]);
        Assert.Equal("1", statusRows[data.RunIds[1]][keys.IndexOf("auth_failed") - 1]);
        var changes = await ChartAsync(page, "run-changes");
        Assert.Equal(runs.ToDictionary(r => r.GetProperty("run").GetProperty("run_id").GetString()!, r => new[] { r.GetProperty("change_count").GetInt32().ToString() }), changes);
        Assert.Equal("1", changes[data.RunIds[1]][0]);

        // Each chart is a described picture.
        foreach (var chart in new[] { "node-models", "bmc-firmware", "bmc-status", "run-status", "run-changes" })
        {
            var picture = page.Locator($"figure[data-chart='{chart}'] svg[role='img']");
            Assert.False(string.IsNullOrWhiteSpace(await picture.Locator("title").First.TextContentAsync()));
            Assert.False(string.IsNullOrWhiteSpace(await picture.Locator("desc").TextContentAsync()));
        }

        await Screenshots.SaveAsync(page, "fleet");
        Assert.Empty(chromium.OffHostRequests);
    }

    [Fact]
    public async Task Runs_page_lists_both_collects_and_the_second_runs_firmware_change()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(data.Serve.Address, "#/runs").ToString());
        var rows = page.Locator("#runs tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = Patience });
        Assert.Equal(data.RunIds.Reverse(), await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.run)"));
        await Screenshots.SaveAsync(page, "runs");

        await page.GetByRole(AriaRole.Link, new() { Name = data.RunIds[1], Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync($"Run {data.RunIds[1]}", new() { Timeout = Patience });
        var change = page.Locator("#changes tbody tr[data-entity='bmc'][data-change='changed']");
        await Assertions.Expect(change).ToHaveCountAsync(1, new() { Timeout = Patience });
        var cells = await change.Locator("td").AllTextContentsAsync();
        Assert.Equal(["bmc", "changed", "firmware_version", "1.00.00", FleetPagesData.Upgraded], cells);
        Assert.Contains(data.Addresses.Upgraded, await change.Locator("th").TextContentAsync(), StringComparison.Ordinal);

        // The API has the same report.
        var report = (await data.GetAsync($"/runs/{data.RunIds[1]}", ct)).GetProperty("report");
        var field = Assert.Single(Assert.Single(report.GetProperty("bmcs").EnumerateArray()).GetProperty("fields").EnumerateArray());
        Assert.Equal(FleetPagesData.Upgraded, field.GetProperty("after").GetString());
        Assert.Empty(chromium.OffHostRequests);
    }

    [Fact]
    public async Task Sessions_page_shows_the_session_and_each_nodes_state()
    {
        var ct = TestContext.Current.CancellationToken;
        var components = (await data.GetAsync($"/v2/components?session={data.Session.Name}", ct)).EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("status").GetProperty("status").GetString()!);
        Assert.Equal(data.Session.Nodes.Order(StringComparer.Ordinal), components.Keys.Order(StringComparer.Ordinal));
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(data.Serve.Address, "#/sessions").ToString());
        await Assertions.Expect(page.Locator($"#sessions tr[data-session='{data.Session.Name}']")).ToHaveCountAsync(1, new() { Timeout = Patience });

        await page.GetByRole(AriaRole.Link, new() { Name = data.Session.Name, Exact = true }).ClickAsync();
        var rows = page.Locator("#session-nodes tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(components.Count, new() { Timeout = Patience });
        foreach (var (node, state) in components)
        {
            await Assertions.Expect(page.Locator($"#session-nodes tr[data-node='{node}'] .node-state")).ToHaveTextAsync(state);
        }

        Assert.All(components.Values, s => Assert.Equal("completed", s));
        await Screenshots.SaveAsync(page, "sessions");
        Assert.Empty(chromium.OffHostRequests);
    }

    [Fact]
    public async Task Runs_page_says_plainly_when_the_crawl_log_is_empty()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var server = await DiscoverProcess.ServeAsync(temp.File("store"), "fleet-pages-empty-secret-0123456789abcdef", ["--log-dir", temp.File("logs")], ct);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "#/runs").ToString());
        await Assertions.Expect(page.Locator("#runs-empty")).ToContainTextAsync("has no runs yet", new() { Timeout = Patience });
        await page.GotoAsync(new Uri(server.Address, "#/fleet").ToString());
        await Assertions.Expect(page.Locator("#runs-note")).ToContainTextAsync("has no runs yet", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("#fleet-totals")).ToHaveTextAsync("0 nodes and 0 BMCs in the inventory.");
    }

    private static string Label(JsonElement record) =>
        string.Join(' ', new[] { record.GetProperty("manufacturer").GetString(), record.GetProperty("model").GetString() }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>A chart's data table as row label to its cells (the first cell, the label, left out).</summary>
    private static async Task<Dictionary<string, string[]>> ChartAsync(IPage page, string chart)
    {
        var table = page.Locator($"figure[data-chart='{chart}'] table.chart-data").First;
        await Assertions.Expect(table).ToBeVisibleAsync(new() { Timeout = Patience });
        var rows = await table.Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.key, ...[...r.querySelectorAll('td')].map(c => c.textContent)])");
        return rows.ToDictionary(r => r[0], r => r[1..]);
    }
}
