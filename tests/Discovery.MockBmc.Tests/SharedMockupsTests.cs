using System.Net;
using System.Text.Json;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests;

/// <summary>Every mockup (shared real-vendor ones and the project's own) loads and serves its whole linked tree.</summary>
public sealed class SharedMockupsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> SharedNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in MockupPaths.SharedNames())
        {
            data.Add(name);
        }

        if (data.Count == 0)
        {
            data.Add("(shared mockups absent)");
        }

        return data;
    }

    public static TheoryData<string> ProjectNames() => new(MockupPaths.ProjectNames);

    [Theory]
    [MemberData(nameof(SharedNames))]
    public async Task Walk_SharedMockup_OnlyLinksMissingFromTheMockupAre404(string name)
    {
        var directory = MockupPaths.Shared(name);
        var result = await WalkAsync(directory);

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {result.Visited} resources fetched, {result.NotFound.Count} links 404: {string.Join(", ", result.NotFound.Take(10))}");
        Assert.True(result.Visited > 10, $"only {result.Visited} resources reached");
        Assert.Empty(result.Failed);
        Assert.All(result.NotFound, link => Assert.False(ExistsInFolder(directory, link), $"{link} is in the mockup but answered 404"));
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public async Task Walk_ProjectFixture_EveryLinkResolves(string name)
    {
        var result = await WalkAsync(MockupPaths.Project(name));

        Assert.Empty(result.NotFound);
        Assert.Empty(result.Failed);
        Assert.True(result.Visited >= 8);
    }

    private static async Task<(int Visited, List<string> NotFound, List<string> Failed)> WalkAsync(string directory)
    {
        await using var fleet = await MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [directory], FirstAddress = IPAddress.Parse("127.0.8.2") }, Token);
        using var client = MockFleets.CreateClient(fleet.Instances[0]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/redfish/v1" };
        var queue = new Queue<string>(["/redfish/v1"]);
        var notFound = new List<string>();
        var failed = new List<string>();
        var visited = 0;
        while (queue.TryDequeue(out var path))
        {
            using var response = await client.GetAsync(path, Token);
            visited++;
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                notFound.Add(path);
                continue;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                failed.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
            }
            catch (JsonException e)
            {
                failed.Add($"{path}: {e.Message}");
                continue;
            }

            using (document)
            {
                foreach (var link in Links(document.RootElement))
                {
                    if (seen.Add(link.TrimEnd('/')))
                    {
                        queue.Enqueue(link);
                    }
                }
            }
        }

        return (visited, notFound, failed);
    }

    private static IEnumerable<string> Links(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("@odata.id") && property.Value.ValueKind == JsonValueKind.String)
                {
                    // Fragments (iLO's "Chassis/1/Thermal#Fans/0") name a part of a resource; links to other hosts are not ours.
                    var link = property.Value.GetString()!.Split('#')[0];
                    if (link.StartsWith("/redfish/", StringComparison.OrdinalIgnoreCase))
                    {
                        yield return link;
                    }
                }
                else
                {
                    foreach (var link in Links(property.Value))
                    {
                        yield return link;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var link in Links(item))
                {
                    yield return link;
                }
            }
        }
    }

    private static bool ExistsInFolder(string directory, string link)
    {
        var relative = link.Split('?')[0].Trim('/');
        var current = new DirectoryInfo(directory);
        foreach (var segment in relative.Split('/'))
        {
            current = current.EnumerateDirectories().FirstOrDefault(d => string.Equals(d.Name, segment, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                return false;
            }
        }

        return File.Exists(Path.Combine(current.FullName, "index.json"));
    }
}
