using System.Text.Json;

namespace Discovery.Cli.Tests.Commands;

/// <summary>Issue 13 item 8: <c>discover logs query</c> runs read-only inside the log folder and says why it refuses.</summary>
public sealed class LogsQueryCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("logs-query-cli-").FullName;

    public LogsQueryCommandTests()
    {
        Directory.CreateDirectory(LogDir);
        File.WriteAllText(Path.Combine(LogDir, "racks.csv"), "bmc,rack\n127.0.0.3,r7\n");
    }

    private string LogDir => Path.Combine(_directory, "logs");

    private string Outside => Path.Combine(_directory, "outside");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // {log} is the log folder, {dir} the folder around it. Nothing can reach past loopback even unguarded: the install
    // names a loopback repository, the load a file path, and no http(s) URL is read (DuckDB would fetch httpfs for it).
    [Theory]
    [InlineData("copy (select 1 as x) to '{dir}/outside'", "discover: logs query: refused COPY statement: the crawl log is read-only")]
    [InlineData("copy (select 1 as x) to '{log}/copied.csv'", "discover: logs query: refused COPY statement: the crawl log is read-only")]
    [InlineData("select * from read_csv('/etc/passwd')", "discover: logs query: refused: only files under the crawl log folder '{log}' can be read (Cannot access file \"/etc/passwd\"")]
    [InlineData("attach '{dir}/outside' as other", "discover: logs query: refused ATTACH statement")]
    [InlineData("install httpfs from 'http://127.0.0.1:9'", "discover: logs query: refused INSTALL statement")]
    [InlineData("load '{dir}/outside/none.duckdb_extension'", "discover: logs query: refused LOAD statement")]
    [InlineData("set enable_external_access = true", "discover: logs query: refused SET statement")]
    public async Task LogsQuery_Escape_ExitsBadInputNamingItAndWritesNothing(string sql, string expected)
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("logs", "query", "--log-dir", LogDir, Fill(sql));

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.StartsWith(Fill(expected), cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Output.ToString());
        Assert.False(File.Exists(Outside) || Directory.Exists(Outside));
        Assert.Equal(["racks.csv"], Directory.EnumerateFileSystemEntries(LogDir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task LogsQuery_FileInTheLogFolderAndTheViews_StillAnswer()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync(
            "logs", "query", "--log-dir", LogDir, "-o", "json",
            $"select r.rack, (select count(*) from responses) as responses from read_csv('{LogDir}/racks.csv') r");

        Assert.Equal(ExitCodes.Ok, exitCode);
        var row = JsonDocument.Parse(cli.Output.ToString()).RootElement[0];
        Assert.Equal(("r7", 0), (row.GetProperty("rack").GetString(), row.GetProperty("responses").GetInt32()));
    }

    private string Fill(string text) => text.Replace("{log}", LogDir, StringComparison.Ordinal).Replace("{dir}", _directory, StringComparison.Ordinal);
}
