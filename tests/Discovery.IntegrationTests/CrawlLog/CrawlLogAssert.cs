using System.Text;
using System.Text.Json.Nodes;
using Discovery.CrawlLog.Analysis;

namespace Discovery.IntegrationTests.CrawlLog;

/// <summary>Checks shared by the crawl-log acceptance tests.</summary>
internal static class CrawlLogAssert
{
    private static readonly string[] Tables = ["runs", "scans", "responses", "bmcs", "nodes", "nics"];

    /// <summary>Fails when any secret is in any text value of any table, or in the raw bytes of any file under the log.</summary>
    public static async Task NoSecretsAsync(string logDirectory, IReadOnlyCollection<string> secrets, CancellationToken cancellationToken)
    {
        Assert.NotEmpty(secrets);
        using (var query = CrawlLogQuery.Open(logDirectory))
        {
            foreach (var table in Tables)
            {
                // CrawlLogQuery casts LIST and other undecodable columns to VARCHAR, so every text is a string here.
                var result = await query.QueryAsync($"select * from {table}", cancellationToken);
                foreach (var value in result.Rows.SelectMany(r => r).OfType<string>())
                {
                    foreach (var secret in secrets)
                    {
                        Assert.False(value.Contains(secret, StringComparison.Ordinal), $"a secret is in table {table}");
                    }
                }
            }
        }

        foreach (var file in Directory.EnumerateFiles(logDirectory, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            foreach (var secret in secrets)
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"a secret is in the bytes of {file}");
            }
        }
    }

    /// <summary>Records as JSON sorted by BMC address and port, so a live collect and its replay compare exactly.</summary>
    public static string Normalize(string json)
    {
        var sorted = JsonNode.Parse(json)!.AsArray()
            .Select(n => n!.DeepClone())
            .OrderBy(n => (string?)n["bmc"]!["ip"], StringComparer.Ordinal)
            .ThenBy(n => (int?)n["bmc"]!["port"])
            .ToList();
        return new JsonArray([.. sorted]).ToJsonString();
    }
}
