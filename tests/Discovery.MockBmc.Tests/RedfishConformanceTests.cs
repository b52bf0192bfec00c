using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests;

/// <summary>
/// What DMTF's Redfish Service Validator 3.1.6 failed on mock-bmc and not on DMTF's own mockup server (issue 13,
/// item 16), one test per defect, over every shared mockup served through HTTP: copyright annotations, the form of
/// rewritten values, mockup files that are not index.json, and the Session body against its schema version.
/// </summary>
public sealed class RedfishConformanceTests
{
    private const string Copyright = "@Redfish.Copyright";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(SharedMockupsTests.SharedNames), MemberType = typeof(SharedMockupsTests))]
    public async Task EveryServedBody_HasNoCopyrightAnnotation(string name)
    {
        var directory = MockupPaths.Shared(name);
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory], FirstAddress = IPAddress.Parse("127.0.114.2") }, Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);
        var offenders = new List<string>();
        var files = MockupFiles(directory);

        foreach (var (uri, _) in files)
        {
            using var response = await client.GetAsync(uri, Token);
            if ((await response.Content.ReadAsStringAsync(Token)).Contains(Copyright, StringComparison.Ordinal))
            {
                offenders.Add(uri);
            }
        }

        Assert.True(files.Count > 50, $"{files.Count} files in {directory}");
        Assert.True(offenders.Count == 0, $"{offenders.Count} of {files.Count} bodies carry {Copyright}: {string.Join(", ", offenders.Take(5))}");
    }

    [Theory]
    [MemberData(nameof(SharedMockupsTests.SharedNames), MemberType = typeof(SharedMockupsTests))]
    public async Task EveryRewrittenValue_KeepsTheLengthSeparatorsAndCharacterClassesOfTheOriginal(string name)
    {
        var directory = MockupPaths.Shared(name);
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory], Count = 2, FirstAddress = IPAddress.Parse("127.0.114.10") }, Token);
        var instance = fleet.Instances[1];
        using var client = MockFleets.CreateClient(instance);
        var rewritten = 0;
        var broken = new List<string>();

        // The Sessions collection is the live one, not the mockup's.
        foreach (var (uri, file) in MockupFiles(directory).Where(f => !f.Uri.Equals("/redfish/v1/SessionService/Sessions", StringComparison.OrdinalIgnoreCase)))
        {
            using var response = await client.GetAsync(uri, Token);
            using var original = TryParse(await File.ReadAllBytesAsync(file, Token));
            using var served = response.IsSuccessStatusCode ? TryParse(await response.Content.ReadAsByteArrayAsync(Token)) : null;
            if (original is null || served is null)
            {
                continue;
            }

            foreach (var (property, from, to) in Differences(null, original.RootElement, served.RootElement))
            {
                if (to == instance.Address.ToString())
                {
                    continue; // the manager's IPv4 becomes the listen address by design
                }

                rewritten++;
                if (!ValueForms.Kept(from, to, property ?? string.Empty))
                {
                    broken.Add($"{uri} {property}: '{from}' -> '{to}'");
                }
            }
        }

        Assert.True(rewritten > 0, $"no value of {name} was rewritten");
        Assert.True(broken.Count == 0, $"{broken.Count} of {rewritten} rewritten values changed form: {string.Join("; ", broken.Take(8))}");
    }

    [Fact]
    public async Task RegistryFile_NotNamedIndexJson_IsServedAtItsPathWithTheFileContent()
    {
        var directory = MockupPaths.Shared("dmtf-public-rackmount1");
        var file = Path.Combine(directory, "redfish", "v1", "Registries", "Base.1.5.0.json");
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory], FirstAddress = IPAddress.Parse("127.0.114.20") }, Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);

        using var response = await client.GetAsync("/redfish/v1/Registries/Base.1.5.0.json", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(file, Token))!.AsObject();
        expected.Remove(Copyright);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.True(JsonNode.DeepEquals(expected, served), "the served registry differs from the file");
        Assert.Equal("Base.1.5.0", served!["Id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SessionBody_HasOnlyThePropertiesItsSchemaVersionDefines()
    {
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], FirstAddress = IPAddress.Parse("127.0.114.30") }, Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);
        using var login = await client.PostAsync("/redfish/v1/SessionService/Sessions", new StringContent("""{"UserName": "admin", "Password": "password"}""", Encoding.UTF8, "application/json"), Token);
        using var created = JsonDocument.Parse(await login.Content.ReadAsStringAsync(Token));
        using var read = JsonDocument.Parse(await client.GetStringAsync(login.Headers.Location, Token));

        var type = read.RootElement.GetProperty("@odata.type").GetString()!; // "#Session.v1_1_1.Session"
        var (defined, required) = SessionSchema(type.TrimStart('#')[..type.TrimStart('#').LastIndexOf('.')]);

        foreach (var body in new[] { created.RootElement, read.RootElement })
        {
            var properties = body.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Empty(properties.Except(defined));
            Assert.Empty(required.Except(properties));
        }
    }

    // The DMTF JSON schema of that version (DSP8010), as the Cray mockups ship it under JsonSchemas/.
    private static (IReadOnlyList<string> Defined, IReadOnlyList<string> Required) SessionSchema(string version)
    {
        var root = MockupPaths.SharedRoot();
        if (root is null)
        {
            Assert.Skip($"Shared mockups not found (${MockupPaths.SharedVariable}): they carry the DMTF Session schemas this test checks against.");
        }

        var file = Directory.EnumerateDirectories(root)
            .Select(m => Path.Combine(m, "redfish", "v1", "JsonSchemas", version + ".json", "index.json"))
            .FirstOrDefault(File.Exists);
        Assert.True(file is not null, $"the served Session names {version}, and no shared mockup carries its DMTF schema to check the body against");
        var session = JsonNode.Parse(File.ReadAllText(file))!["definitions"]!["Session"]!;
        Assert.False(session["additionalProperties"]!.GetValue<bool>());
        return (session["properties"]!.AsObject().Select(p => p.Key).ToList(), session["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList());
    }

    private static List<(string Uri, string File)> MockupFiles(string directory)
    {
        Assert.True(Directory.Exists(Path.Combine(directory, "redfish", "v1")), $"{directory} is not a tall-form mockup");
        return Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(file =>
            {
                var relative = Path.GetRelativePath(directory, Path.GetFileName(file) == "index.json" ? Path.GetDirectoryName(file)! : file);
                return ("/" + relative.Replace(Path.DirectorySeparatorChar, '/'), file);
            })
            .Where(f => f.Item1.StartsWith("/redfish/v1", StringComparison.Ordinal))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<(string? Property, string From, string To)> Differences(string? property, JsonElement original, JsonElement served)
    {
        if (original.ValueKind == JsonValueKind.Object && served.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in original.EnumerateObject())
            {
                if (served.TryGetProperty(member.Name, out var counterpart))
                {
                    foreach (var difference in Differences(member.Name, member.Value, counterpart))
                    {
                        yield return difference;
                    }
                }
            }
        }
        else if (original.ValueKind == JsonValueKind.Array && served.ValueKind == JsonValueKind.Array)
        {
            foreach (var (from, to) in original.EnumerateArray().Zip(served.EnumerateArray()))
            {
                foreach (var difference in Differences(property, from, to))
                {
                    yield return difference;
                }
            }
        }
        else if (original.ValueKind == JsonValueKind.String && served.ValueKind == JsonValueKind.String && original.GetString() != served.GetString())
        {
            yield return (property, original.GetString()!, served.GetString()!);
        }
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
