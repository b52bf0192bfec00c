using System.Text;

namespace Discovery.Tests.TestSupport.Fuzz;

/// <summary>
/// Character-level mutations of any text input: bit flips, truncation, deletion, repetition, duplicated and
/// swapped lines (duplicated keys in YAML and indented JSON), odd characters, huge strings and deep nesting.
/// </summary>
internal static class TextMutator
{
    /// <summary>Fragments that parsers of YAML, JSON and nmap-style targets treat specially.</summary>
    internal static readonly string[] Interesting =
    [
        "\0", "\uFFFF", "\uFEFF", "\uD800", "\uDC00", "😀", "\u202E", "ü", "ß", "\u0130", "\t", "\r", "\r\n", "\n", " ",
        "{", "}", "[", "]", ":", ",", "\"", "'", "\\", "&a ", "*a", "!!binary ", "!!int ", "!<tag> ", "---\n", "...\n",
        "%YAML 1.2\n", "#", "- ", "|", ">", "? ", "<<: *a", "~", "null", "true", "1e999", "-0", "0x1F", "0o17", ".nan",
        "-.inf", "\\ud800", "\\udc00", "\\U0001F600", "99999999999999999999999", "-9223372036854775809", "4294967296", "255.255.255.255", "0.0.0.0", "::",
        "::ffff:10.0.0.1", "fe80::1%eth0", "/", "/0", "/33", "/129", "-", "..", "%", "%23", "#frag", "@odata.id",
    ];

    public static string Mutate(Random random, string text, int operations)
    {
        for (var i = 0; i < operations; i++)
        {
            text = MutateOnce(random, text);
        }

        return text;
    }

    private static string MutateOnce(Random random, string text)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        switch (random.Next(100))
        {
            case < 20 when text.Length > 0:
                var index = random.Next(text.Length);
                var flipped = (char)(text[index] ^ (1 << random.Next(random.Next(4) == 0 ? 16 : 7)));
                return string.Concat(text.AsSpan(0, index), flipped.ToString(), text.AsSpan(index + 1));
            case < 30:
                return text[..at];
            case < 40 when text.Length > 0:
                var length = random.Next(1, Math.Min(64, text.Length - Math.Min(at, text.Length - 1)) + 1);
                var start = Math.Min(at, text.Length - length);
                return text.Remove(start, length);
            case < 60:
                return text.Insert(at, Interesting[random.Next(Interesting.Length)]);
            case < 72:
                return DuplicateLine(random, text);
            case < 78:
                return SwapLines(random, text);
            case < 86 when text.Length > 0:
                var from = random.Next(text.Length);
                var piece = text.Substring(from, random.Next(1, Math.Min(200, text.Length - from) + 1));
                return text.Insert(at, piece);
            case < 92:
                return text.Insert(at, HugeString(random));
            case < 95:
                return text.Insert(at, DeepNesting(random));
            default:
                return text.Insert(at, RandomUnicode(random, random.Next(1, 40)));
        }
    }

    /// <summary>Up to 300,000 characters, mostly one repeated, sometimes random.</summary>
    internal static string HugeString(Random random)
    {
        var length = random.Next(4) == 0 ? random.Next(100_000, 300_000) : random.Next(200, 5_000);
        return random.Next(3) == 0 ? RandomUnicode(random, length) : new string((char)random.Next('!', '~' + 1), length);
    }

    /// <summary>Brackets or braces nested 10 to 100,000 deep (deep ones are rarer).</summary>
    internal static string DeepNesting(Random random)
    {
        var depth = random.Next(3) == 0 ? random.Next(1_000, 100_000) : random.Next(10, 300);
        var (open, close) = random.Next(3) switch
        {
            0 => ("[", "]"),
            1 => ("{a: ", "}"),
            _ => ("{\"a\":", "}"),
        };
        var builder = new StringBuilder(depth * (open.Length + close.Length));
        builder.Insert(0, open, depth);
        if (random.Next(2) == 0)
        {
            builder.Insert(builder.Length, close, depth);
        }

        return builder.ToString();
    }

    internal static string RandomUnicode(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(10) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x80, 0x800),
                3 => (char)random.Next(0x3000, 0x9FFF),
                _ => (char)random.Next(32, 127),
            });
        }

        return builder.ToString();
    }

    private static string DuplicateLine(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        var index = random.Next(lines.Count);
        lines.Insert(random.Next(2) == 0 ? index : random.Next(lines.Count + 1), lines[index]);
        return string.Join('\n', lines);
    }

    private static string SwapLines(Random random, string text)
    {
        var lines = text.Split('\n');
        var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }
}
