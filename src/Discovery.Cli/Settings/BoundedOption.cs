using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Discovery.Configuration;
using Discovery.Text;

namespace Discovery.Cli.Settings;

/// <summary>
/// The numeric options outside the settings table (<c>get --limit</c>, <c>history --limit</c>, <c>delete --if-match</c>,
/// <c>token --ttl</c>), checked while parsing with the table's range messages: <c>--limit: '0' is not between 1 and 100000</c>.
/// </summary>
internal static class BoundedOption
{
    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; null when not given.</summary>
    public static Option<long?> Integer(string name, string description, long minimum, long maximum, string helpName = "N") => new(name)
    {
        Description = $"{description} ({minimum} to {maximum})",
        HelpName = helpName,
        CustomParser = result => Check(name, result, text => SettingBounds.CheckInteger(text, QuotedValue.Of(text), minimum, maximum))
            ? long.Parse(Text(result), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : null,
    };

    /// <summary>A duration from <paramref name="shortest"/> to <paramref name="longest"/>, <paramref name="defaultValue"/> when not given.</summary>
    public static Option<TimeSpan> Duration(string name, string description, TimeSpan shortest, TimeSpan longest, TimeSpan defaultValue) => new(name)
    {
        Description = $"{description} ({DurationText.Format(shortest)} to {DurationText.Format(longest)}; default {DurationText.Format(defaultValue)})",
        HelpName = "DURATION",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Check(name, result, text => SettingBounds.CheckDuration(text, QuotedValue.Of(text), shortest, longest))
            && DurationText.TryParse(Text(result), out var duration) ? duration : defaultValue,
    };

    private static string Text(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;

    // False (with the error added) when the given value is out of range; true when it is fine.
    private static bool Check(string name, ArgumentResult result, Func<string, string?> problem)
    {
        if (problem(Text(result)) is not { } message)
        {
            return true;
        }

        result.AddError($"{name}: {message}");
        return false;
    }
}
