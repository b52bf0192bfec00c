using System.Text.Json;
using System.Text.RegularExpressions;
using Discovery.Text;
using Discovery.Yaml;
using YamlDotNet.RepresentationModel;

namespace Discovery.Records.Manifests;

/// <summary>
/// Splits one source's text into documents: YAML documents separated by <c>---</c>, or a JSON object or array
/// (JSON is checked strictly first, then read as the YAML it is a subset of, so both carry line numbers).
/// A top-level list in either language is a list of documents.
/// </summary>
internal static partial class ManifestTextParser
{
    public static void Parse(string text, string source, List<ManifestDocument> documents, List<ManifestError> errors)
    {
        var isJson = LooksLikeJson(text);
        if (isJson && JsonSyntaxError(text, source) is { } jsonError)
        {
            // YAML would accept some broken JSON (a missing comma inside a flow mapping reads as one long key).
            errors.Add(jsonError);
            return;
        }

        // JSON allows tabs between tokens, YAML refuses them as indentation; in valid JSON they are only whitespace.
        if (!YamlDocumentLoader.TryLoad(isJson ? text.Replace('\t', ' ') : text, out var stream, out var line, out var message))
        {
            errors.Add(new ManifestError(new ManifestLocation(source, 0, line), null, $"not valid {(isJson ? "JSON" : "YAML")}: {WithoutPosition(message)}"));
            return;
        }

        var index = 0;
        foreach (var root in stream.Documents.Select(d => d.RootNode).Where(r => r is not YamlScalarNode { Value: null or "" }))
        {
            IEnumerable<YamlNode> items = root is YamlSequenceNode list ? list.Children : [root];
            foreach (var item in items)
            {
                index++;
                if (item is YamlMappingNode map)
                {
                    if (ManifestDocumentReader.Read(map, source, index, errors) is { } document)
                    {
                        documents.Add(document);
                    }
                }
                else
                {
                    var location = new ManifestLocation(source, index, YamlJsonConverter.Line(item));
                    errors.Add(new ManifestError(location, null, $"expected a mapping with 'kind' ({ManifestKindInfo.Names}) and the record's fields"));
                }
            }
        }
    }

    private static ManifestError? JsonSyntaxError(string text, string source)
    {
        if (UnpairedSurrogate.IndexIn(text) is var at and >= 0)
        {
            return new ManifestError(new ManifestLocation(source, 0, UnpairedSurrogate.LineOf(text, at)), null, $"not valid JSON: {UnpairedSurrogate.Describe(text, at)}");
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            // The reader's message ends with its own "LineNumber: 3 | BytePositionInLine: 7." which the location already says.
            var message = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd();
            return new ManifestError(new ManifestLocation(source, 0, line), null, $"not valid JSON: {message}");
        }
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }

    /// <summary>YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: 3, Col: 2, Idx: 21): "; the location already has the line.</summary>
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
