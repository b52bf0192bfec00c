using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Discovery.Tests.TestSupport.Fuzz;

/// <summary>
/// The real inputs the fuzzer starts from: the repo's fixtures (manifests, mockups), the example run config,
/// the README's id-map shapes, nmap-style targets, and the shared real-hardware mockups when present
/// (<c>FUZZ_MOCKUPS</c>, default /work/shared/fixtures/mockups).
/// </summary>
internal sealed class FuzzSeeds
{
    public required IReadOnlyList<string> Targets { get; init; }

    public required IReadOnlyList<(string Text, bool Json)> Manifests { get; init; }

    public required IReadOnlyList<string> Configs { get; init; }

    public required IReadOnlyList<(string Text, bool Json)> IdMaps { get; init; }

    public required IReadOnlyList<FuzzMockup> Mockups { get; init; }

    public static FuzzSeeds Load()
    {
        var root = RepositoryRoot();
        var manifests = Directory.EnumerateFiles(Path.Combine(root, "fixtures", "manifests")).Order(StringComparer.Ordinal)
            .Select(f => (File.ReadAllText(f), f.EndsWith(".json", StringComparison.Ordinal))).ToList();
        manifests.Add((string.Join("---\n", manifests.Where(m => !m.Item2).Select(m => m.Item1)), false));
        var mockupFolders = new List<string>();
        foreach (var folder in new[] { Path.Combine(root, "fixtures"), Environment.GetEnvironmentVariable("FUZZ_MOCKUPS") ?? "/work/shared/fixtures/mockups" })
        {
            if (Directory.Exists(folder))
            {
                mockupFolders.AddRange(Directory.EnumerateDirectories(folder).Where(d => Directory.Exists(Path.Combine(d, "redfish"))).Order(StringComparer.Ordinal));
            }
        }

        return new FuzzSeeds
        {
            Targets =
            [
                "10.0.0.5", "10.0.0.0/24", "10.0.0.1-50", "10.0.0.1-10.0.0.50", "127.0.0.1", "192.168.1.0/30", "::1", "[::1]",
                "fe80::1", "2001:db8::/120", "2001:db8::1-2001:db8::ff", "bmc01.example.org", "localhost", "x3000c0s1b0",
                "10.0.0.0/8", "0.0.0.0/0", "10.0.0.1-0", "10.0.0.300", "10.0.0.1/33", "# a comment line", "10.0.0.1 # trailing",
            ],
            Manifests = manifests,
            Configs =
            [
                File.ReadAllText(Path.Combine(root, "scripts", "schedule", "discover-run.yaml")),
                "targets: [127.0.0.1, 10.0.0.0/24]\nports: \"443,8443\"\nscan:\n  timeout: 3s\n  concurrency: 64\ncollect:\n  parallel: 8\n  per_bmc: 2\n",
                "store:\n  enabled: false\nsmd:\n  url: https://smd.example:27779\nrun:\n  deadline: 10m\n",
            ],
            IdMaps =
            [
                ("bmcs:\n  - ip: 10.0.1.5\n    xname: x3000c0s1b0\n  - mac: a4:bf:01:28:90:aa\n    xname: x3000c0s2b0\n", false),
                ("\"10.0.1.5\": x3000c0s1b0\na4-bf-01-28-90-aa: x3000c0s2b0\n", false),
                ("{ \"10.0.1.5\": \"x3000c0s1b0\", \"a4-bf-01-28-90-aa\": \"x3000c0s2b0\", \"fe80::1\": \"x3000c0s3b0\" }", true),
                ("{\"bmcs\": [{\"ip\": \"10.0.1.6\", \"xname\": \"x3000c0s4b0\"}, {\"mac\": \"A4:BF:01:28:90:AB\", \"xname\": \"x3000c0s5b0\"}]}", true),
            ],
            Mockups = [.. mockupFolders.Select(FuzzMockup.Load)],
        };
    }

    /// <summary>A seed as a tree to mutate: JSON as itself, YAML as an array of its documents; null when it does not parse.</summary>
    public static JsonNode? ToJson(string text, bool json)
    {
        if (json)
        {
            return JsonNode.Parse(text);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return null;
        }

        return new JsonArray([.. stream.Documents.Select(d => FromYaml(d.RootNode))]);
    }

    /// <summary>The tree written back as YAML: an array as one document per element (the shape <see cref="ToJson"/> makes).</summary>
    public static string ToYaml(JsonNode? tree)
    {
        var documents = tree is JsonArray array ? [.. array] : new[] { tree };
        return string.Join("---\n", documents.Select(document =>
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            using var parsed = JsonDocument.Parse(JsonMutator.Write(document), new JsonDocumentOptions { MaxDepth = 4096 });
            YamlJsonWriter.Write(writer, parsed.RootElement);
            return writer.ToString();
        }));
    }

    private static JsonNode? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children
            .GroupBy(c => (c.Key as YamlScalarNode)?.Value ?? c.Key.ToString(), StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, FromYaml(g.First().Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(FromYaml)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    // The working folder first (scripts/fuzz.sh runs from the repo with a build in /tmp), then the build's own.
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Discovery.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Discovery.sln not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}");
    }
}

/// <summary>
/// A mockup's documents as a crawl would log them: URI (from the folder path) and body. Only the documents the
/// mapper can reach are kept (the root; Systems, Managers and UpdateService with the collections it follows), so
/// each input replays in milliseconds rather than re-parsing registries and log entries it never reads.
/// </summary>
internal sealed record FuzzMockup(string Name, IReadOnlyList<(string Uri, string Body)> Documents)
{
    private static readonly HashSet<string> Followed = new(StringComparer.OrdinalIgnoreCase)
    {
        "EthernetInterfaces", "Memory", "Processors", "HostInterfaces", "NetworkProtocol", "FirmwareInventory",
    };

    public static FuzzMockup Load(string folder) => new(
        Path.GetFileName(folder),
        [.. Directory.EnumerateFiles(Path.Combine(folder, "redfish"), "index.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => ("/" + Path.GetRelativePath(folder, Path.GetDirectoryName(f)!).Replace('\\', '/'), f))
            .Where(d => MapperReads(d.Item1))
            .Select(d => (d.Item1, File.ReadAllText(d.Item2)))]);

    // /redfish/v1, /redfish/v1/Systems, /redfish/v1/Systems/1, /redfish/v1/Systems/1/Processors/CPU1, ...
    private static bool MapperReads(string uri)
    {
        var segments = uri.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        return segments.Length == 0
            || (segments[0] is "Systems" or "Managers" && (segments.Length <= 2 || (Followed.Contains(segments[2]) && segments.Length <= 4)))
            || (segments[0] == "UpdateService" && (segments.Length == 1 || (segments[1] == "FirmwareInventory" && segments.Length <= 3)));
    }
}
