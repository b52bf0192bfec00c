using System.Globalization;

namespace Discovery.Configuration;

/// <summary>
/// The range checks of every numeric value people write (settings, and the few command options outside the table),
/// so each error reads alike and names the bounds: <c>'0' is not between 1 and 4096</c>.
/// </summary>
internal static class SettingBounds
{
    /// <summary>The shortest duration a setting that must be longer than zero takes (a timeout of 0.1ms is a typo).</summary>
    public static readonly TimeSpan ShortestPositive = TimeSpan.FromMilliseconds(1);

    /// <summary>What is wrong with <paramref name="text"/> as a whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; null when nothing is.</summary>
    /// <param name="text">The value as written.</param>
    /// <param name="shown">How the message shows it (<c>'0'</c>, or <c>the value</c> for a secret).</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="maximum">The largest allowed value.</param>
    public static string? CheckInteger(string text, string shown, long minimum, long maximum)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return $"{shown} is not a whole number between {minimum} and {maximum}";
        }

        return number < minimum || number > maximum ? $"{shown} is not between {minimum} and {maximum}" : null;
    }

    /// <summary>What is wrong with <paramref name="text"/> as a duration from <paramref name="shortest"/> to <paramref name="longest"/>; null when nothing is.</summary>
    public static string? CheckDuration(string text, string shown, TimeSpan shortest, TimeSpan longest)
    {
        var range = $"between {DurationText.Format(shortest)} and {DurationText.Format(longest)}";
        if (!DurationText.TryParse(text, out var duration))
        {
            return $"{shown} is not a duration {range} (e.g. 500ms, 3s, 10m, 1h)";
        }

        return duration < shortest || duration > longest ? $"{shown} is not {range}" : null;
    }
}
