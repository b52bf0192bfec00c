using Discovery.Credentials;
using Discovery.Locate.Map;
using Discovery.Pipeline;
using Microsoft.Extensions.Logging;

namespace Discovery.Locate;

/// <summary>
/// <c>discover locate</c> and the locate step of collect, crawl and run: loads the location map (a bad map is a
/// <see cref="PipelineInputException"/> listing <c>file:line</c> problems, before any switch is contacted) and
/// walks its switches.
/// </summary>
internal static class LocateJob
{
    /// <summary>The map at <paramref name="path"/>.</summary>
    /// <exception cref="PipelineInputException">The map is unreadable or wrong.</exception>
    public static async Task<LocationMap> LoadMapAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await LocationMapLoader.LoadAsync(path, cancellationToken);
        }
        catch (LocationMapException ex)
        {
            throw new PipelineInputException(ex.Errors);
        }
    }

    /// <summary>Walks every switch of <paramref name="map"/> and places every MAC.</summary>
    public static Task<LocateReport> RunAsync(
        LocationMap map, int uplinkMacThreshold, ISecretEntries? secrets, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        return new Locator(secrets, time, loggers.CreateLogger<Locator>()).LocateAsync(map, uplinkMacThreshold, cancellationToken);
    }
}
