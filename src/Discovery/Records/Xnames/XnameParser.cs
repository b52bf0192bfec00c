using System.Globalization;
using Discovery.Text;

namespace Discovery.Records.Xnames;

/// <summary>
/// Parses the xname grammar: a run of (letter, number) pairs whose letter sequence picks the kind
/// (<c>x</c>, <c>xc</c>, <c>xcb</c>, <c>xcrb</c>, <c>xcsb</c>, <c>xcsbn</c>). Case-insensitive and leading
/// zeros allowed on input, as SMD accepts them; the result is canonical.
/// </summary>
internal static class XnameParser
{
    private const string Accepted =
        "expected x<cabinet>, x<cabinet>c<chassis>, x<cabinet>c<chassis>b<bmc>, x<cabinet>c<chassis>r<slot>b<bmc>, " +
        "x<cabinet>c<chassis>s<slot>b<bmc> or x<cabinet>c<chassis>s<slot>b<bmc>n<node>";

    public static bool TryParse(string? text, out Xname? xname, out string? error)
    {
        xname = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "xname is empty";
            return false;
        }

        if (!TryTokenize(text, out var letters, out var numbers, out error))
        {
            return false;
        }

        var kind = letters switch
        {
            "x" => XnameKind.Cabinet,
            "xc" => XnameKind.Chassis,
            "xcb" => XnameKind.ChassisBmc,
            "xcrb" => XnameKind.RouterBmc,
            "xcsb" => XnameKind.NodeBmc,
            "xcsbn" => XnameKind.Node,
            _ => (XnameKind?)null,
        };
        if (kind is null)
        {
            error = $"{QuotedValue.Of(text)} is not an xname: {Accepted}";
            return false;
        }

        int? At(int i) => i < numbers.Count ? numbers[i] : null;
        var candidate = kind switch
        {
            XnameKind.RouterBmc or XnameKind.NodeBmc or XnameKind.Node => new Xname
            {
                Kind = kind.Value, Cabinet = numbers[0], Chassis = At(1), Slot = At(2), BmcOrdinal = At(3), Node = At(4),
            },
            _ => new Xname { Kind = kind.Value, Cabinet = numbers[0], Chassis = At(1), BmcOrdinal = At(2) },
        };

        if (Validate(candidate) is { } rangeError)
        {
            error = $"{QuotedValue.Of(text)} is not a valid xname: {rangeError}";
            return false;
        }

        xname = candidate;
        error = null;
        return true;
    }

    /// <summary>Returns why the numbers of <paramref name="xname"/> are out of range, or null when they are fine.</summary>
    public static string? Validate(Xname xname)
    {
        if (xname.Cabinet is < 0 or > Xname.MaxCabinet)
        {
            return $"cabinet {xname.Cabinet} is outside 0-{Xname.MaxCabinet}";
        }

        if (xname.Chassis is < 0 or > Xname.MaxChassis)
        {
            return $"chassis {xname.Chassis} is outside 0-{Xname.MaxChassis}";
        }

        foreach (var (name, value) in new[] { ("slot", xname.Slot), ("bmc", xname.BmcOrdinal), ("node", xname.Node) })
        {
            if (value is < 0 or > Xname.MaxOrdinal)
            {
                return $"{name} {value} is outside 0-{Xname.MaxOrdinal}";
            }
        }

        return null;
    }

    private static bool TryTokenize(string text, out string letters, out List<int> numbers, out string? error)
    {
        var letterBuilder = new System.Text.StringBuilder();
        numbers = [];
        var i = 0;
        while (i < text.Length)
        {
            var letter = char.ToLowerInvariant(text[i]);
            if (letter is < 'a' or > 'z')
            {
                letters = string.Empty;
                error = $"{QuotedValue.Of(text)} is not an xname: unexpected '{text[i]}' at position {i + 1}; {Accepted}";
                return false;
            }

            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                letters = string.Empty;
                error = $"{QuotedValue.Of(text)} is not an xname: '{text[start - 1]}' at position {start} needs a number after it";
                return false;
            }

            // More than 9 digits cannot be a valid ordinal and would overflow int.
            if (i - start > 9 || !int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                letters = string.Empty;
                error = $"{QuotedValue.Of(text)} is not a valid xname: the number after '{text[start - 1]}' is too large";
                return false;
            }

            letterBuilder.Append(letter);
            numbers.Add(number);
        }

        letters = letterBuilder.ToString();
        error = null;
        return true;
    }
}
