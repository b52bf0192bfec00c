using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Discovery.Yaml;

/// <summary>
/// Loads YAML text into a <see cref="YamlStream"/>, turning every syntax problem into a line and a message.
/// YamlDotNet reports most problems as a <see cref="YamlException"/> with a position, but some broken inputs
/// (an unclosed <c>[</c> in a flow sequence) end in an <see cref="InvalidOperationException"/> without one; for
/// those the text is parsed again event by event to find the line where reading stopped. Events pass through
/// <see cref="LimitedYamlParser"/>, so nesting and alias expansion are bounded before the document model exists.
/// </summary>
internal static class YamlDocumentLoader
{
    /// <summary>Loads <paramref name="text"/>; on failure <paramref name="line"/> (1-based) and <paramref name="message"/> say why.</summary>
    public static bool TryLoad(string text, out YamlStream stream, out int line, out string message) =>
        TryLoad(text, LimitedYamlParser.MaxAliasedNodes, out stream, out line, out message);

    /// <summary>Loads <paramref name="text"/> with at most <paramref name="maxAliasedNodes"/> nodes added by aliases.</summary>
    public static bool TryLoad(string text, long maxAliasedNodes, out YamlStream stream, out int line, out string message)
    {
        ArgumentNullException.ThrowIfNull(text);
        stream = new YamlStream();
        try
        {
            stream.Load(new LimitedYamlParser(new Parser(new StringReader(text)), maxAliasedNodes));
            line = 0;
            message = string.Empty;
            return true;
        }
        catch (YamlLimitException ex)
        {
            line = Line(ex.At);
            message = ex.Message;
            return false;
        }
        catch (YamlException ex)
        {
            line = Line(ex.Start);
            message = ex.Message;
            return false;
        }
        catch (InvalidOperationException)
        {
            line = LastReadableLine(text);
            message = "the YAML ends inside an unclosed '[' or '{' or quote";
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            // YamlDotNet's scanner joins "\ud800\u0041" as a pair without checking the halves.
            line = LastReadableLine(text);
            message = "a \\u escape in a double-quoted string is half of a surrogate pair (write the character itself)";
            return false;
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet refuses some odd text this way too: a tag that is no URI (!!int!), or "---" where a key ends.
            line = LastReadableLine(text);
            message = ex.Message.Split(" (Parameter ", 2)[0].TrimEnd('.');
            return false;
        }
    }

    private static int LastReadableLine(string text)
    {
        var parser = new Parser(new StringReader(text));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is ParsingEvent current)
                {
                    line = Line(current.End);
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Reading stopped here: the line of the last event that parsed is the best place to point at.
        }

        // The end of the stream is a line past the last one; point at the last line there is.
        return Math.Min(line, Math.Max(1, text.TrimEnd('\n').Count(c => c == '\n') + 1));
    }

    private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);
}
