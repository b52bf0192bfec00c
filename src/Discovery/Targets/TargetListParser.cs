namespace Discovery.Targets;

/// <summary>
/// Parses the lines of a target file (<c>-iL</c>, <c>--exclude-file</c>): one or more targets a line separated by
/// blanks or commas, <c>#</c> starts a comment, blank lines are skipped. A file with no target is an error.
/// </summary>
internal static class TargetListParser
{
    /// <summary>Parses <paramref name="lines"/> of the file <paramref name="fileName"/>; errors carry file:line.</summary>
    public static (IReadOnlyList<TargetSpec> Specs, IReadOnlyList<TargetError> Errors) Parse(
        string fileName, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(lines);
        var specs = new List<TargetSpec>();
        var errors = new List<TargetError>();
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = hash >= 0 ? line[..hash] : line;
            var source = new TargetSource(fileName, lineNumber);
            foreach (var token in SplitList(content))
            {
                if (TargetParser.TryParse(token, source, out var spec, out var error))
                {
                    specs.Add(spec);
                }
                else
                {
                    errors.Add(error);
                }
            }
        }

        if (specs.Count == 0 && errors.Count == 0)
        {
            errors.Add(new TargetError { Value = string.Empty, Source = new TargetSource(fileName), Reason = "the file holds no targets" });
        }

        return (specs, errors);
    }

    /// <summary>Splits a comma- or blank-separated list ("10.0.0.1,10.0.0.9 10.0.1.0/24").</summary>
    public static IEnumerable<string> SplitList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
