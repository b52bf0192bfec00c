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
    /// <summary>Below this many characters a text is read in one part; above it, in parts on several cores.</summary>
    internal const int MinimumPartChars = 64 * 1024;

    public static void Parse(string text, string source, List<ManifestDocument> documents, List<ManifestError> errors) =>
        Parse(text, source, documents, errors, Environment.ProcessorCount);

    /// <summary>Parses as <see cref="Parse(string, string, List{ManifestDocument}, List{ManifestError})"/>, in up to <paramref name="parts"/> parts at once.</summary>
    internal static void Parse(string text, string source, List<ManifestDocument> documents, List<ManifestError> errors, int parts)
    {
        var isJson = LooksLikeJson(text);
        if (isJson && JsonSyntaxError(text, source) is { } jsonError)
        {
            // YAML would accept some broken JSON (a missing comma inside a flow mapping reads as one long key).
            errors.Add(jsonError);
            return;
        }

        // JSON allows tabs between tokens, YAML refuses them as indentation; in valid JSON they are only whitespace.
        var yaml = isJson ? text.Replace('\t', ' ') : text;
        var streams = isJson ? null : LoadInParts(yaml, parts);
        if (streams is null)
        {
            if (!YamlDocumentLoader.TryLoad(yaml, out var stream, out var line, out var message))
            {
                errors.Add(new ManifestError(new ManifestLocation(source, 0, line), null, $"not valid {(isJson ? "JSON" : "YAML")}: {WithoutPosition(message)}"));
                return;
            }

            streams = [stream];
        }

        ReadDocuments(streams, source, documents, errors);
    }

    /// <summary>
    /// The text's documents parsed part by part on several cores, or null when it is read whole: it is short or
    /// cannot be cut (<see cref="YamlStreamSplitter"/>), or some part failed, so that a problem is reported as a
    /// whole read reports it. The parts share the alias budget of one read.
    /// </summary>
    private static YamlStream[]? LoadInParts(string text, int parts)
    {
        if (YamlStreamSplitter.Split(text, parts, MinimumPartChars) is not { } texts)
        {
            return null;
        }

        var streams = new YamlStream[texts.Count];
        var loaded = new bool[texts.Count];
        var aliasBudget = LimitedYamlParser.MaxAliasedNodes / texts.Count;
        Parallel.For(0, texts.Count, i => loaded[i] = YamlDocumentLoader.TryLoad(texts[i], aliasBudget, out streams[i], out _, out _));
        return loaded.All(ok => ok) ? streams : null;
    }

    /// <summary>Reads the documents of each stream (numbered across all of them, in order) on several cores.</summary>
    private static void ReadDocuments(YamlStream[] streams, string source, List<ManifestDocument> documents, List<ManifestError> errors)
    {
        var items = streams.Select(Items).ToArray();
        var firstIndex = new int[items.Length];
        for (var i = 1; i < items.Length; i++)
        {
            firstIndex[i] = firstIndex[i - 1] + items[i - 1].Count;
        }

        var read = new (List<ManifestDocument> Documents, List<ManifestError> Errors)[items.Length];
        Parallel.For(0, items.Length, i => read[i] = ReadItems(items[i], firstIndex[i], source));
        foreach (var (partDocuments, partErrors) in read)
        {
            documents.AddRange(partDocuments);
            errors.AddRange(partErrors);
        }
    }

    /// <summary>The top-level items of a stream: each non-empty document, or each item of a document that is a list.</summary>
    private static List<YamlNode> Items(YamlStream stream) =>
        [.. stream.Documents
            .Select(d => d.RootNode)
            .Where(r => r is not YamlScalarNode { Value: null or "" })
            .SelectMany(root => root is YamlSequenceNode list ? list.Children : [root])];

    private static (List<ManifestDocument>, List<ManifestError>) ReadItems(List<YamlNode> items, int firstIndex, string source)
    {
        var documents = new List<ManifestDocument>();
        var errors = new List<ManifestError>();
        var index = firstIndex;
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

        return (documents, errors);
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
