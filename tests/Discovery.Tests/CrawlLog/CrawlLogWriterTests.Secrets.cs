using System.Text;
using Discovery.Records;
using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

public sealed partial class CrawlLogWriterTests
{
    private const string Password = "Kx9-crawl-P@ssw0rd";
    private const string SessionToken = "9f2c4e7a1b3d5f60-session";

    [Fact]
    public async Task CompleteAsync_PasswordAndSessionTokenInRows_AppearInNoColumnAndNoFileByte()
    {
        await using (var writer = CrawlLogWriter.Create(_directory.Path, RunId, "collect", [Password], new() { TimeProvider = _clock }))
        {
            writer.RegisterSecret(SessionToken);
            writer.AddResponse(CrawlLogSamples.Response(1, $$"""{"UserName":"root","Password":"{{Password}}"}""") with { Method = "POST", Uri = "/redfish/v1/SessionService/Sessions" });
            writer.AddResponse(CrawlLogSamples.Response(2, $$"""{"@odata.id":"/redfish/v1/SessionService/Sessions/1","Token":"{{SessionToken}}"}"""));
            writer.AddResponse(CrawlLogSamples.Response(3, $"<html>X-Auth-Token: {SessionToken}</html>") with { Error = $"401 with X-Auth-Token: {SessionToken}" });
            writer.AddResponse(CrawlLogSamples.Response(4, $"login root:{Password} refused") with { Uri = $"/redfish/v1/Systems?token={SessionToken}" });
            writer.AddScan(CrawlLogSamples.Scan(2) with { Error = $"auth failed for password {Password}" });
            var bmc = CrawlLogSamples.Bmc(1) with { LastCrawlStatus = $"auth_failed ({Password})" };
            writer.AddBmcs([bmc]);
            writer.AddNodes([CrawlLogSamples.Node(1, bmc) with { BootProfile = $"profile-{Password}" }]);
            await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        using var query = CrawlLogQuery.Open(_directory.Path);
        var searched = 0;
        foreach (var table in new[] { "runs", "scans", "responses", "nodes", "bmcs", "nics" })
        {
            var columns = await query.QueryAsync(
                $"select column_name from information_schema.columns where table_name = '{table}' and data_type = 'VARCHAR'", Token);
            foreach (var column in columns.Rows.Select(r => (string)r[0]!))
            {
                var values = await query.QueryAsync($"select \"{column}\" from {table}", Token);
                foreach (var value in values.Rows.Select(r => r[0] as string).OfType<string>())
                {
                    Assert.DoesNotContain(Password, value, StringComparison.Ordinal);
                    Assert.DoesNotContain(SessionToken, value, StringComparison.Ordinal);
                    searched++;
                }
            }
        }

        Assert.True(searched > 20, $"only {searched} string values were searched");
        var responses = await query.QueryAsync("select body from responses order by uri", Token);
        Assert.Contains(responses.Rows, r => r[0] is string body && body.Contains("\"Password\":\"***\"", StringComparison.Ordinal));

        var files = Directory.EnumerateFiles(_directory.Path, "*.parquet", SearchOption.AllDirectories).ToList();
        Assert.Equal(5, files.Count); // no NICs in this run, so no nics file
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, Token);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Password)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(SessionToken)));
        }
    }
}
