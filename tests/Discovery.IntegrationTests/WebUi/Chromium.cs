using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Discovery.IntegrationTests.WebUi;

/// <summary>
/// Debian's chromium (<c>/usr/bin/chromium</c>, installed by scripts/install-deps.sh) driven by Playwright, shared by
/// a test class. Nothing is downloaded: Playwright only drives the browser it is pointed at. Every page it opens may
/// talk to 127.0.0.0/8 only; any other request is aborted and recorded, so a test can assert that none was made.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where Debian puts its browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Requests pages tried to send anywhere but loopback (aborted), across the class's tests.</summary>
    public ConcurrentQueue<string> OffHostRequests { get; } = new();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        // Flags as Debian's chromium needs them here: root without a sandbox, no GPU, and none of the background
        // connections to Google's hosts that a closed network refuses.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (its own storage, so its own token) and a page in it, at 1280×900.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (_browser is null)
        {
            Assert.Skip($"The web UI tests need Debian's chromium at {ExecutablePath}: run scripts/install-deps.sh (as .ci/run does).");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" && !(url.IsLoopback && url.Host != "localhost"))
            {
                OffHostRequests.Enqueue(route.Request.Url);
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
