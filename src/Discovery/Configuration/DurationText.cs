using System.Globalization;

namespace Discovery.Configuration;

/// <summary>
/// The one duration grammar of every flag, variable and config file: <c>90</c> (seconds), <c>500ms</c>, <c>30s</c>,
/// <c>10m</c>, <c>2h</c>, <c>7d</c>, or <c>hh:mm:ss</c> (which <c>serve --snapshot-interval</c> took before).
/// </summary>
internal static class DurationText
{
    private static readonly (string Suffix, double Seconds)[] Units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)];

    /// <summary>Reads <paramref name="text"/>; false for anything else, a negative value included.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
        }

        var scale = 1.0;
        foreach (var (suffix, seconds) in Units)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(trimmed[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                trimmed = trimmed[..^suffix.Length];
                scale = seconds;
                break;
            }
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < 0 || double.IsInfinity(value) || value * scale > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return false;
        }

        duration = TimeSpan.FromSeconds(value * scale);
        return true;
    }

    /// <summary>The shortest exact form: <c>10m</c>, <c>90s</c>, <c>500ms</c>, <c>0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        foreach (var (suffix, seconds) in Units.Reverse())
        {
            var count = duration.TotalSeconds / seconds;
            if (count >= 1 && Math.Abs(count - Math.Round(count)) < 1e-9)
            {
                return Math.Round(count).ToString(CultureInfo.InvariantCulture) + suffix;
            }
        }

        return duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
    }
}
