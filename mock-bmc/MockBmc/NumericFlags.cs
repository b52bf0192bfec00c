using System.CommandLine;
using System.Globalization;

namespace Discovery.MockBmc;

/// <summary>
/// The ranges mock-bmc's whole-number flags must fall in. Out of range they would fail later and obscurely (a
/// negative delay throws inside a request, a fleet past 127.255.255.255 wraps, a port past 65535 fails to bind),
/// so they are refused up front, naming the flag and the value.
/// </summary>
internal static class NumericFlags
{
    /// <summary>Ten minutes: more added latency than any client waits for is a mistake.</summary>
    public const int MaxDelayMs = 600_000;

    /// <summary>The first problem among <paramref name="checks"/>, or null.</summary>
    public static string? FirstProblem(ParseResult parse, params (Option Option, long Min, long Max, string Unit)[] checks)
    {
        foreach (var (option, min, max, unit) in checks)
        {
            long? value = option switch
            {
                Option<int> number => parse.GetValue(number),
                Option<int?> maybe => parse.GetValue(maybe),
                _ => throw new ArgumentException($"{option.Name} is not a whole-number option", nameof(checks)),
            };
            if (value is { } v && (v < min || v > max))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{option.Name} '{v}' is out of range: it must be within {min}..{max}{unit}.");
            }
        }

        return null;
    }
}
