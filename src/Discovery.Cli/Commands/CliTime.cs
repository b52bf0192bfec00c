using System.Globalization;

namespace Discovery.Cli.Commands;

/// <summary>Times as people type them on the command line: ISO 8601 (<c>2026-11-22T02:15:00Z</c>) or an age (<c>90m</c>, <c>2h</c>, <c>7d</c> ago).</summary>
internal static class CliTime
{
    /// <exception cref="CliUsageException">Neither form.</exception>
    public static DateTimeOffset Parse(string text, string option, TimeProvider time)
    {
        var value = text.Trim();
        if (value.Length > 1 && char.IsAsciiLetter(value[^1])
            && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            TimeSpan? age = char.ToLowerInvariant(value[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (age is { } ago)
            {
                return time.GetUtcNow() - ago;
            }
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw new CliUsageException($"{option} '{text}' is not a time: use ISO 8601 (2026-11-22T02:15:00Z) or an age (90m, 2h, 7d)");
    }

    /// <summary>A duration (<c>15m</c>, <c>1h</c>, <c>30s</c>, or <c>hh:mm:ss</c>).</summary>
    /// <exception cref="CliUsageException">Not a duration.</exception>
    public static TimeSpan ParseDuration(string text, string option)
    {
        var value = text.Trim();
        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && value.Contains(':', StringComparison.Ordinal))
        {
            return span;
        }

        var now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        try
        {
            var past = Parse(value, option, new FixedTime(now));
            if (value.Length > 1 && char.IsAsciiLetter(value[^1]))
            {
                return now - past;
            }
        }
        catch (CliUsageException)
        {
            // Reported below with the duration wording.
        }

        throw new CliUsageException($"{option} '{text}' is not a duration: use 30s, 15m, 1h or 1d");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
