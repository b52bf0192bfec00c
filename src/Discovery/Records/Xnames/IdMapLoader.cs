using Discovery.Text;
using Discovery.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Discovery.Records.Xnames;

/// <summary>
/// Loads an id map from YAML or JSON (JSON is checked strictly, then read as YAML, which it is a subset of).
/// Two shapes:
/// <code>
/// bmcs:
///   - ip: 10.0.1.5
///     xname: x3000c0s1b0
///   - mac: a4:bf:01:28:90:aa
///     xname: x3000c0s2b0
/// </code>
/// or a flat map <c>{ "10.0.1.5": "x3000c0s1b0", "a4-bf-01-28-90-aa": "x3000c0s2b0" }</c>. Every problem is
/// reported with file and line, not only the first.
/// </summary>
internal static class IdMapLoader
{
    /// <summary>Reads and validates the id map at <paramref name="path"/>; a missing or unreadable file is an error value.</summary>
    public static async Task<IdMapLoadResult> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new IdMapLoadResult { Errors = [new IdMapError(path, 0, $"cannot read the id map: {ex.Message}")] };
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates id-map <paramref name="text"/>; <paramref name="fileName"/> only labels errors.</summary>
    public static IdMapLoadResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<IdMapError>();
        var items = new List<IdMapItem>();
        if (LooksLikeJson(text) && JsonSyntaxError(text, fileName) is { } jsonError)
        {
            // YAML would accept broken JSON (a missing colon reads as a key with no value), so check JSON strictly.
            return new IdMapLoadResult { Errors = [jsonError] };
        }

        // JSON's tabs are only ever whitespace between tokens (tabs in strings must be escaped), but YAML
        // refuses tab indentation, so swapping them for spaces keeps JSON readable without changing it.
        var yamlText = LooksLikeJson(text) ? text.Replace('\t', ' ') : text;
        if (!YamlDocumentLoader.TryLoad(yamlText, out var stream, out var line, out var message))
        {
            errors.Add(new IdMapError(fileName, line, $"not valid YAML or JSON: {message}{Quote(text, line)}"));
            return new IdMapLoadResult { Errors = errors };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new IdMapLoadResult { Map = IdMap.Empty };
        }

        IdMapItemReader.Read(stream.Documents[0].RootNode, fileName, items, errors);
        var entries = IdMapValidator.Validate(items, fileName, errors);
        return errors.Count > 0 ? new IdMapLoadResult { Errors = errors } : new IdMapLoadResult { Map = new IdMap(entries) };
    }

    internal static int LineOf(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);

    private static IdMapError? JsonSyntaxError(string text, string fileName)
    {
        if (UnpairedSurrogate.IndexIn(text) is var at and >= 0)
        {
            return new IdMapError(fileName, UnpairedSurrogate.LineOf(text, at), $"not valid JSON: {UnpairedSurrogate.Describe(text, at)}");
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            return new IdMapError(fileName, line, $"not valid JSON: {ex.Message}{Quote(text, line)}");
        }
    }

    /// <summary>The offending line, so a message such as "duplicate key" names the key.</summary>
    private static string Quote(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length && lines[line - 1].Trim() is { Length: > 0 } content
            ? $" (at {QuotedValue.Of(content)})"
            : string.Empty;
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }
}
