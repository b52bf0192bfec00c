using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Discovery.CrawlLog;

/// <summary>
/// Run identifiers: <c>20261122T021500Z-1a2b3c4d</c>, the UTC start second then 8 random hex digits, so
/// they sort by start time and two agents starting in the same second do not collide.
/// </summary>
internal static partial class CrawlRunId
{
    /// <summary>A new run id for a run starting now according to <paramref name="timeProvider"/>.</summary>
    public static string New(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        return now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + suffix;
    }

    /// <summary>
    /// Whether <paramref name="runId"/> is safe as a file name and SQL literal: letters, digits, <c>-</c>,
    /// <c>_</c>, <c>.</c>, not starting with a dot, at most 100 characters.
    /// </summary>
    public static bool IsValid(string? runId) => runId is not null && SafePattern().IsMatch(runId);

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex SafePattern();
}
