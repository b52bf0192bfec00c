// ui-first-render URL [RUNS]: opens URL (a discover serve's #/nodes) in Debian's headless chromium RUNS times, each in a
// fresh browser context (no cache), and prints the median time from navigation start to the page's
// performance.mark('nodes-rendered') (set once the first page of nodes is in the table), and the median time of the
// page's GET /nodes fetch. Nothing leaves the machine: every request to anything but loopback is aborted.
using System.Globalization;
using Microsoft.Playwright;

if (args.Length is < 1 or > 2 || !Uri.TryCreate(args[0], UriKind.Absolute, out var url) || !url.IsLoopback)
{
    Console.Error.WriteLine("usage: ui-first-render http://127.0.0.1:PORT/#/nodes [RUNS]");
    return 2;
}

var runs = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage"],
});

var rendered = new List<double>();
var fetched = new List<double>();
var rows = 0;
// One run first to warm the server (JIT, page cache), not counted.
for (var run = -1; run < runs; run++)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
    await context.RouteAsync("**/*", route => new Uri(route.Request.Url).IsLoopback ? route.ContinueAsync() : route.AbortAsync());
    var page = await context.NewPageAsync();
    await page.GotoAsync(url.ToString());
    // A selector wait (a function wait would need eval, which the page's CSP refuses); the mark is set in the same task that fills the rows.
    await page.Locator("table.nodes tbody th[scope=row]").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
    var times = await page.EvaluateAsync<double[]>("""
        [performance.getEntriesByName('nodes-rendered')[0].startTime,
         performance.getEntriesByType('resource').filter(r => new URL(r.name).pathname === '/nodes').map(r => r.duration)[0] ?? -1,
         document.querySelectorAll('table.nodes tbody th[scope=row]').length]
        """);
    if (run >= 0)
    {
        rendered.Add(times[0]);
        fetched.Add(times[1]);
    }

    rows = (int)times[2];
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first-render-ms {Median(rendered):F1} fetch-ms {Median(fetched):F1} rows {rows} runs {runs}"));
return rows > 0 ? 0 : 1;
