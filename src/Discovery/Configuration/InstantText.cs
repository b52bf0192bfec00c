using System.Globalization;
using Discovery.Pipeline;
using Discovery.Text;

namespace Discovery.Configuration;

/// <summary>Times as people type them on the command line: ISO 8601 (<c>2026-11-22T02:15:00Z</c>) or an age (<c>90m</c>, <c>2h</c>, <c>7d</c> ago).</summary>
internal static class InstantText
{
    /// <summary>The time <paramref name="text"/> (the value of <paramref name="option"/>) names; an age counts back from <paramref name="time"/>'s now.</summary>
    /// <exception cref="PipelineInputException">Neither form; the message names the option and the value.</exception>
    public static DateTimeOffset Parse(string text, string option, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(time);
        var value = text.Trim();
        // An age uses the one duration grammar of every flag (90m, 2h, 7d).
        if (value.Length > 1 && char.IsAsciiLetter(value[^1]) && DurationText.TryParse(value, out var age))
        {
            return time.GetUtcNow() - age;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        throw new PipelineInputException($"{option} {QuotedValue.Of(text)} is not a time: use ISO 8601 (2026-11-22T02:15:00Z) or an age (90m, 2h, 7d)");
    }
}
