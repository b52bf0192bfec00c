using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Discovery.IntegrationTests.WebUi;

/// <summary>
/// Every page of the web view checked by axe-core's WCAG 2 A and AA rules (labels, contrast, landmarks, names of
/// links and buttons, table headers) in chromium: no violation of any impact.
/// </summary>
public sealed class AccessibilityTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string JwtSecret = "web-ui-accessibility-secret-at-least-32-bytes!";

    [Theory]
    [InlineData("#/nodes", "Nodes")]
    [InlineData("#/nodes?group=rack1", "Nodes")]
    [InlineData("#/node/x1000c0s2b0n0", "Node x1000c0s2b0n0")]
    [InlineData("#/group/rack1", "Group rack1")]
    [InlineData("#/bmcs", "BMCs")]
    [InlineData("#/fleet", "Fleet")]
    [InlineData("#/runs", "Runs")]
    [InlineData("#/sessions", "Boot sessions")]
    public async Task Page_has_no_WCAG_2_AA_violations(string route, string heading)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var seeded = await SeededNodes.StartAsync(JwtSecret, ct);
        var server = seeded.Server;
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(server.Address + route);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("main h1").First).ToContainTextAsync(heading);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("main[aria-busy]")).ToHaveCountAsync(0);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.Empty(violations);
        Assert.NotEmpty(result.Passes);
    }
}
