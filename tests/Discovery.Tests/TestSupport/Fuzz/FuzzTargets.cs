using System.Net;
using System.Text.Json.Nodes;
using Discovery.Configuration;
using Discovery.CrawlLog.Analysis;
using Discovery.Pipeline;
using Discovery.Records;
using Discovery.Records.Manifests;
using Discovery.Records.Xnames;
using Discovery.Targets;

namespace Discovery.Tests.TestSupport.Fuzz;

/// <summary>
/// What scripts/fuzz.sh feeds: each target makes one input from a seeded <see cref="Random"/> (a real input,
/// mutated) and runs it through the library. An error the library reports as a value is the expected outcome;
/// any exception that escapes is a failure.
/// </summary>
internal abstract class FuzzTarget
{
    public abstract string Name { get; }

    public abstract string Generate(Random random);

    public abstract void Run(string input);

    public static IReadOnlyList<FuzzTarget> All(FuzzSeeds seeds) =>
        [new TargetsFuzz(seeds), new ManifestFuzz(seeds), new ConfigFuzz(seeds), new IdMapFuzz(seeds), new RedfishFuzz(seeds)];

    /// <summary>A seed, mutated as text, as a tree (YAML or JSON written back), or both.</summary>
    internal static string MutateDocument(Random random, string seed, bool json)
    {
        var text = seed;
        if (random.Next(3) > 0 && FuzzSeeds.ToJson(seed, json) is { } tree)
        {
            try
            {
                var mutated = JsonMutator.Mutate(random, tree, random.Next(1, 5));
                text = json || random.Next(4) == 0 ? JsonMutator.Write(mutated) : FuzzSeeds.ToYaml(mutated);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                text = seed; // a tree the writer refuses (a lone surrogate): mutate the text instead
            }
        }

        return random.Next(3) > 0 ? TextMutator.Mutate(random, text, random.Next(1, 4)) : text;
    }
}

/// <summary>A reader of YAML or JSON documents: each input is one of its seeds, mutated.</summary>
internal abstract class DocumentFuzz(IReadOnlyList<(string Text, bool Json)> seeds) : FuzzTarget
{
    public override string Generate(Random random)
    {
        var (text, json) = seeds[random.Next(seeds.Count)];
        return MutateDocument(random, text, json);
    }
}

/// <summary>The target grammar: arguments, target files (with comments) and excludes; host names resolve to loopback only.</summary>
internal sealed class TargetsFuzz(FuzzSeeds seeds) : FuzzTarget
{
    public override string Name => "targets";

    public override string Generate(Random random)
    {
        var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Token(random));
        return string.Join('\n', lines);
    }

    private string Token(Random random)
    {
        var seed = seeds.Targets[random.Next(seeds.Targets.Count)];
        return random.Next(4) == 0 ? string.Join(random.Next(2) == 0 ? "," : " ", seed, seeds.Targets[random.Next(seeds.Targets.Count)])
            : TextMutator.Mutate(random, seed, random.Next(0, 4));
    }

    public override void Run(string input)
    {
        var lines = input.Split('\n');
        foreach (var line in lines)
        {
            TargetParser.TryParse(line, TargetSource.Argument, out var spec, out var error);
            _ = spec?.ToString() ?? error?.ToString();
        }

        TargetListParser.Parse("fuzz-targets.txt", lines);
        var builder = new TargetSetBuilder(
            (_, _) => Task.FromResult(lines),
            (_, _) => Task.FromResult(new[] { IPAddress.Loopback })); // never DNS: a garbage name must not leave the host
        var request = new TargetSetRequest { Targets = [lines[0]], TargetFiles = ["fuzz-targets.txt"], Excludes = lines.Length > 1 ? [lines[^1]] : [] };
        var result = builder.BuildAsync(request, CancellationToken.None).GetAwaiter().GetResult();
        _ = result.Targets.Count;
        _ = result.Targets.Enumerate().Take(256).Count();
        _ = result.Errors.Select(e => e.ToString()).ToList();
    }
}

/// <summary>Apply documents: read, then applied to nothing (a new record) by kind, as apply does before it stores.</summary>
internal sealed class ManifestFuzz(FuzzSeeds seeds) : DocumentFuzz(seeds.Manifests)
{
    public override string Name => "manifest";

    public override void Run(string input)
    {
        var read = ManifestReader.Parse(input, "fuzz.yaml");
        _ = read.Errors.Select(e => e.ToString()).ToList();
        var ids = 0;
        Guid NewId() => new(++ids, 0, 0, new byte[8]);
        foreach (var document in read.Documents)
        {
            _ = document.Kind switch
            {
                ManifestKind.ComputeNode => ManifestApplier.Apply<ComputeNode>(document, null, NewId).ToString(),
                ManifestKind.NodeGroup => ManifestApplier.Apply<NodeGroup>(document, null, NewId).ToString(),
                ManifestKind.BootProfile => ManifestApplier.Apply<BootProfile>(document, null, NewId).ToString(),
                _ => ManifestApplier.Apply<Bmc>(document, null, NewId).ToString(),
            };
        }
    }
}

/// <summary>The config file of <c>discover run</c>: read against every setting, then resolved as a command does.</summary>
internal sealed class ConfigFuzz(FuzzSeeds seeds) : DocumentFuzz([.. seeds.Configs.Select(c => (c, false))])
{
    public override string Name => "config";

    public override void Run(string input)
    {
        var file = ConfigFileReader.Parse(input, "fuzz-run.yaml", SettingTable.All);
        _ = file.Errors.Select(e => e.ToString()).ToList();
        var resolved = SettingsResolver.Resolve(SettingTable.All, file.Values, "fuzz-run.yaml", _ => null, new Dictionary<string, IReadOnlyList<string>>());
        _ = resolved.ToString();
    }
}

/// <summary>The id map (<c>--id-map</c>), both shapes, YAML and JSON; a map that loads then assigns xnames.</summary>
internal sealed class IdMapFuzz(FuzzSeeds seeds) : DocumentFuzz(seeds.IdMaps)
{
    public override string Name => "idmap";

    public override void Run(string input)
    {
        var loaded = IdMapLoader.Parse(input, "fuzz-idmap.yaml");
        _ = loaded.Errors.Select(e => e.ToString()).ToList();
        if (loaded.Map is { } map)
        {
            var assigner = new XnameAssigner(map);
            foreach (var entry in map.Entries.Take(50))
            {
                _ = entry.ToString();
            }

            _ = assigner.AssignBmc("127.0.0.5", "a4:bf:01:28:90:aa");
            _ = assigner.AssignBmc("10.0.1.5", null);
            _ = assigner.AssignBmc("fe80::1", "02:00:00:00:00:01");
        }
    }
}

/// <summary>
/// Random JSON in Redfish's shape through the crawl-log replay (the same mapping a live collect runs): a real
/// mockup's documents, a few mutated as trees and as text, some answered 404, 500 or not at all. The input is the
/// change to the mockup, so a failure can be replayed from it.
/// </summary>
internal sealed class RedfishFuzz(FuzzSeeds seeds) : FuzzTarget
{
    public override string Name => "redfish";

    public override string Generate(Random random)
    {
        var mockup = seeds.Mockups[random.Next(seeds.Mockups.Count)];
        var changes = new JsonArray();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var (uri, body) = mockup.Documents[random.Next(mockup.Documents.Count)];
            var status = random.Next(12) switch { 0 => 404, 1 => 500, 2 => (int?)null, _ => 200 };
            changes.Add(new JsonObject
            {
                ["uri"] = random.Next(10) == 0 ? TextMutator.Mutate(random, uri, 1).Replace("\uD800", "?").Replace("\uDC00", "?") : uri,
                ["status"] = status,
                ["body"] = status == 200 ? Sanitize(MutateDocument(random, body, json: true)) : null,
            });
        }

        return new JsonObject { ["mockup"] = mockup.Name, ["changes"] = changes }.ToJsonString();
    }

    // The crawl log keeps bodies as UTF-8 text, so a lone surrogate could never reach the mapper.
    private static string Sanitize(string text) => new([.. text.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c)]);

    public override void Run(string input)
    {
        var delta = JsonNode.Parse(input)!;
        var mockup = seeds.Mockups.Single(m => m.Name == delta["mockup"]!.GetValue<string>());
        var start = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
        var responses = new List<StoredResponse>();
        foreach (var (uri, body) in mockup.Documents)
        {
            responses.Add(new StoredResponse { Timestamp = start, Bmc = "127.0.0.9", Port = 443, Method = "GET", Uri = uri, Status = 200, Body = body });
        }

        foreach (var change in delta["changes"]!.AsArray())
        {
            responses.Add(new StoredResponse
            {
                Timestamp = start.AddSeconds(1),
                Bmc = "127.0.0.9",
                Port = 443,
                Method = "GET",
                Uri = change!["uri"]!.GetValue<string>(),
                Status = change["status"]?.GetValue<int>(),
                Body = change["body"]?.GetValue<string>(),
            });
        }

        // A later exchange of the same URI replaces the earlier one, as a retried GET does in the crawl log.
        var mapped = CrawlReplay.Map(responses, new XnameAssigner(IdMap.Empty));
        foreach (var inventory in mapped)
        {
            _ = inventory.Bmc.ToString();
            _ = inventory.Nodes.Select(n => n.ToString()).ToList();
        }
    }
}
