using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Discovery.Cli;

/// <summary>
/// Words that look like options (<c>--frobnicate</c>, <c>-x</c>) but are none of the command's. System.CommandLine
/// reports them as unrecognized arguments, or, for a command that takes any number of arguments (<c>scan</c>'s
/// targets), hands them to the argument, where they would fail as a bad target. After <c>--</c> every word is an
/// argument.
/// </summary>
internal static partial class UnknownOptions
{
    /// <summary>The option-like words the parse did not match to an option, in order.</summary>
    public static IReadOnlyList<string> Find(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var escaped = parseResult.Tokens
            .SkipWhile(t => t.Type != TokenType.DoubleDash)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var takenByArguments = parseResult.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => !escaped.Contains(t))
            .Select(t => t.Value);
        return [.. parseResult.UnmatchedTokens.Concat(takenByArguments).Where(LooksLikeOption).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The command as typed, for the help hint (<c>discover logs query</c>).</summary>
    public static string CommandPath(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var names = new List<string>();
        for (SymbolResult? result = parseResult.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command)
            {
                names.Add(command.Command is RootCommand ? "discover" : command.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    // A dash or two, then a name; a lone "-" (stdin), negative numbers and SQL comments with spaces are not options.
    private static bool LooksLikeOption(string word) => OptionLike().IsMatch(word);

    [GeneratedRegex("^--?[A-Za-z][A-Za-z0-9_-]*(=.*)?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex OptionLike();
}
