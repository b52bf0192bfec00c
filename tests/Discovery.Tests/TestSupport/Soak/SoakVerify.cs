using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Discovery.Tests.TestSupport.Soak;

/// <summary>
/// Checks a running server against the soak journal: every acknowledged write must still be there with its last
/// acknowledged value (or a later value whose write was in flight when the server was killed). Point reads only,
/// so the check does not depend on list paging. Prints <c>verify: checked=N lost=M reads=R</c> and the lost keys.
/// </summary>
internal static class SoakVerify
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = new Uri(args[1]);
        var expected = SoakJournal.Expected(Path.Combine(args[2], "journal.log"));
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        var lost = new List<string>();
        var reads = 0L;
        await Parallel.ForEachAsync(expected, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (entry, cancellationToken) =>
        {
            var ((kind, key), values) = entry;
            var (status, actual) = await ReadAsync(http, kind, key, cancellationToken);
            Interlocked.Increment(ref reads);
            if (status != HttpStatusCode.OK || actual is null || !values.Contains(actual))
            {
                lock (lost)
                {
                    lost.Add($"{kind}/{key}: HTTP {(int)status}, holds '{actual}', expected one of [{string.Join(", ", values)}]");
                }
            }
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"verify: checked={expected.Count} lost={lost.Count} reads={reads}"));
        foreach (var line in lost.Order(StringComparer.Ordinal).Take(20))
        {
            Console.WriteLine("  lost " + line);
        }

        return 0;
    }

    private static async Task<(HttpStatusCode Status, string? Value)> ReadAsync(HttpClient http, string kind, string key, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/{kind}/{key}", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (response.StatusCode, null);
        }

        var record = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var field = kind == "groups" ? "description" : "hostname";
        return (response.StatusCode, record?[field]?.GetValue<string>());
    }
}
