using Microsoft.Playwright;

namespace Discovery.IntegrationTests.WebUi;

/// <summary>
/// Full-page screenshots of the UI, for the people reviewing it: written to <c>$DISCOVERY_SCREENSHOTS</c>, or to
/// <c>screenshots/</c> beside the test assembly.
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("DISCOVERY_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Saves <paramref name="page"/> as <c>NAME.png</c> and returns the file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
