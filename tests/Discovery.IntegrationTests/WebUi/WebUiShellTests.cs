using System.Net;
using Discovery.Testing;
using Microsoft.Playwright;

namespace Discovery.IntegrationTests.WebUi;

/// <summary>The UI's shell on the real <c>discover serve</c>: embedded files, its headers, navigation and the token box.</summary>
public sealed class WebUiShellTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string JwtSecret = "web-ui-shell-secret-at-least-32-bytes!";

    [Fact]
    public async Task The_page_and_its_scripts_come_from_the_binary_with_a_strict_policy()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDirectory();
        await using var server = await DiscoverProcess.ServeAsync(data.Path, JwtSecret, ct);
        using var http = new HttpClient { BaseAddress = server.Address };

        using var page = await http.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("/ui/app.js", await page.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        using var script = await http.GetAsync("/ui/app.js", ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        var etag = script.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/ui/app.js");
        again.Headers.IfNoneMatch.Add(etag);
        using var unchanged = await http.SendAsync(again, ct);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        using var missing = await http.GetAsync("/ui/no-such-file.js", ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Every_section_opens_from_the_navigation_and_nothing_leaves_the_machine()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDirectory();
        await using var server = await DiscoverProcess.ServeAsync(data.Path, JwtSecret, ct);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address.ToString());

        // The first Tab lands on the skip link, so keyboard users can jump past the navigation.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        foreach (var (link, heading) in new[] { ("BMCs", "BMCs"), ("Fleet", "Fleet"), ("Runs", "Runs"), ("Boot sessions", "Boot sessions"), ("Nodes", "Nodes") })
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("main h1").First).ToHaveTextAsync(heading);
            Assert.Equal(link, await page.Locator("#nav a[aria-current=page]").TextContentAsync());
            Assert.StartsWith(heading, await page.TitleAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(chromium.OffHostRequests);
    }

    [Fact]
    public async Task A_pasted_token_stays_in_its_tab_and_never_in_the_address()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDirectory();
        await using var server = await DiscoverProcess.ServeAsync(data.Path, JwtSecret, ct);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address.ToString());
        await Assertions.Expect(page.Locator("#token-state")).ToHaveTextAsync("read-only");

        await page.GetByLabel("API token").FillAsync("a-token-for-this-tab");
        await page.GetByLabel("API token").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#token-state")).ToHaveTextAsync("editing enabled");
        Assert.Equal("", await page.GetByLabel("API token").InputValueAsync());
        Assert.DoesNotContain("a-token-for-this-tab", page.Url, StringComparison.Ordinal);

        var other = await chromium.NewPageAsync();
        await other.GotoAsync(server.Address.ToString());
        await Assertions.Expect(other.Locator("#token-state")).ToHaveTextAsync("read-only");

        await page.GetByRole(AriaRole.Button, new() { Name = "Forget" }).ClickAsync();
        await Assertions.Expect(page.Locator("#token-state")).ToHaveTextAsync("read-only");
    }
}
