using System.Text;

namespace Discovery.Records.Manifests.Tests;

/// <summary>A long manifest is parsed in parts on several cores; what comes out must be what one whole read gives.</summary>
public sealed class ManifestTextParserPartsTests
{
    [Fact]
    public void Parse_LongManifestInParts_GivesTheDocumentsLinesAndIndexesOfAWholeRead()
    {
        var text = Nodes(3000, listEvery: 500);
        Assert.True(text.Length > 4 * ManifestTextParser.MinimumPartChars, "the text must be long enough to be cut");

        var whole = Parse(text, parts: 1);
        var inParts = Parse(text, parts: 4);

        Assert.Empty(whole.Errors);
        Assert.Empty(inParts.Errors);
        Assert.Equal(3000 + 6, whole.Documents.Count);
        Assert.Equal(Describe(whole.Documents), Describe(inParts.Documents));
        // Spot checks against the text itself: the last node (before the last group) starts on its 'kind' line.
        var last = inParts.Documents[^2];
        Assert.Equal(new ManifestLocation("nodes.yaml", 3005, LineOf(text, "xname: x1011c0s183b0n0") - 1), last.Location);
        Assert.Equal(LineOf(text, "mac_address: 02:00:00:0b:b7:01"), last.LineOf("network_interfaces[0].mac_address"));
    }

    [Fact]
    public void Parse_LongManifestWithBadValuesInSeveralParts_ReportsEveryErrorWithItsLineInOrder()
    {
        var text = Nodes(3000, listEvery: 0)
            .Replace("mac_address: 02:00:00:00:05:01", "mac_address: not-a-mac", StringComparison.Ordinal)
            .Replace("hostname: nid002900", "hostname: 'bad host'", StringComparison.Ordinal);

        var whole = Parse(text, parts: 1);
        var inParts = Parse(text, parts: 4);

        Assert.Equal(2, whole.Errors.Count);
        Assert.Equal(whole.Errors.Select(e => e.ToString()), inParts.Errors.Select(e => e.ToString()));
        Assert.Equal(LineOf(text, "mac_address: not-a-mac"), inParts.Errors[0].Location.Line);
        Assert.Equal(6, inParts.Errors[0].Location.Document);
        Assert.Equal(LineOf(text, "hostname: 'bad host'"), inParts.Errors[1].Location.Line);
    }

    [Fact]
    public void Parse_LongManifestBrokenInALatePart_ReportsTheErrorAWholeReadReports()
    {
        // An unclosed quote runs into the next document marker: YAML forbids that, so a part fails on its own too.
        var text = Nodes(3000, listEvery: 0).Replace("hostname: nid002500", "hostname: \"nid002500", StringComparison.Ordinal);

        var whole = Parse(text, parts: 1);
        var inParts = Parse(text, parts: 4);

        var error = Assert.Single(whole.Errors);
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.Equal([error.ToString()], inParts.Errors.Select(e => e.ToString()));
        Assert.Empty(inParts.Documents);
    }

    private static (List<ManifestDocument> Documents, List<ManifestError> Errors) Parse(string text, int parts)
    {
        var documents = new List<ManifestDocument>();
        var errors = new List<ManifestError>();
        ManifestTextParser.Parse(text, "nodes.yaml", documents, errors, parts);
        return (documents, errors);
    }

    private static List<string> Describe(List<ManifestDocument> documents) =>
        [.. documents.Select(d => $"{d} {d.Location} {string.Join(',', d.Fields)} {d.LineOf("network_interfaces[0].mac_address")} {d.Values.ToJsonString()}")];

    /// <summary>Node documents as <c>get nodes -o yaml</c> writes them; every <paramref name="listEvery"/>th document is followed by a top-level list of groups.</summary>
    private static string Nodes(int count, int listEvery)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : "---\n")
                .Append("# node ").Append(i).Append('\n')
                .Append("kind: ComputeNode\n")
                .Append($"xname: x{1000 + (i / 256)}c0s{i % 256}b0n0\n")
                .Append($"hostname: nid{i:D6}\n")
                .Append("network_interfaces:\n")
                .Append("  - name: eth0\n")
                .Append($"    mac_address: 02:00:00:{i / 256:x2}:{i % 256:x2}:01\n");
            if (listEvery > 0 && i % listEvery == listEvery - 1)
            {
                text.Append($"---\n- kind: NodeGroup\n  name: g{i}\n");
            }
        }

        return text.ToString();
    }

    private static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
