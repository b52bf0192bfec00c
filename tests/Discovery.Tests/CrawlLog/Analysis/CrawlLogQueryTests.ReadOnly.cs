using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog;
using Discovery.Testing;

namespace Discovery.CrawlLog.Analysis.Tests;

/// <summary>Issue 13 item 8: people's SQL runs read-only inside the log folder (no writes, no other files, no extensions).</summary>
public sealed partial class CrawlLogQueryTests
{
    private readonly TempDirectory _outside = new();

    // {log} is the log folder (the test's directory, where WriteRunAsync writes), {out} another folder ({outname} its
    // name). Nothing here can reach past loopback even unguarded: the install names a loopback repository, the load a file, and no
    // http(s) URL is read (that would autoload httpfs, which DuckDB installs from the internet).
    [Theory]
    [InlineData("copy (select 1 as x) to '{out}/copied.csv'", "refused COPY statement", "{out}/copied.csv")]
    [InlineData("copy (select 1 as x) to '{log}/copied.csv'", "refused COPY statement", "{log}/copied.csv")]
    [InlineData("select 1; copy (select 2 as x) to '{out}/second.csv'", "refused COPY statement", "{out}/second.csv")]
    [InlineData("export database '{log}/exported'", "refused EXPORT statement", "{log}/exported")]
    [InlineData("attach '{out}/attached.duckdb' as other", "refused ATTACH statement", "{out}/attached.duckdb")]
    [InlineData("attach ':memory:' as other", "refused ATTACH statement", null)]
    [InlineData("install httpfs from 'http://127.0.0.1:9'", "refused INSTALL statement", null)]
    [InlineData("load '{out}/none.duckdb_extension'", "refused LOAD statement", null)]
    [InlineData("set enable_external_access = true", "refused SET statement", null)]
    [InlineData("reset allowed_directories", "refused RESET statement", null)]
    [InlineData("set lock_configuration = false", "refused SET statement", null)]
    [InlineData("select * from read_csv('/etc/passwd')", "folder '{log}' can be read (Cannot access file \"/etc/passwd\"", null)]
    [InlineData("select * from read_csv('{log}/../{outname}/plain.csv')", "can be read (Cannot access file \"{log}/../{outname}/plain.csv\"", null)]
    public async Task QueryAsync_EscapeFromTheLogFolder_RefusedAndNothingWritten(string sql, string expected, string? mustNotExist)
    {
        File.WriteAllText(_outside.File("plain.csv"), "a\n1\n");
        using var query = CrawlLogQuery.Open(_directory.Path);

        var error = await Assert.ThrowsAsync<CrawlLogQueryRefusedException>(() => query.QueryAsync(Fill(sql), Token));

        Assert.Contains(Fill(expected), error.Message, StringComparison.Ordinal);
        if (mustNotExist is not null)
        {
            var path = Fill(mustNotExist);
            Assert.False(File.Exists(path) || Directory.Exists(path), $"{path} was written");
        }

        Assert.Equal(["plain.csv"], Directory.EnumerateFileSystemEntries(_outside.Path).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory.Path));
    }

    [Fact]
    public async Task QueryAsync_AfterOpen_ExternalAccessOffAndConfigurationLocked()
    {
        var log = _directory.Path;
        using var query = CrawlLogQuery.Open(log);

        var result = await query.QueryAsync(
            "select current_setting('enable_external_access'), current_setting('autoinstall_known_extensions'), " +
            "current_setting('autoload_known_extensions'), current_setting('lock_configuration'), current_setting('allowed_directories')::varchar, " +
            "current_setting('temp_directory')",
            Token);

        // DuckDB adds its temp directory (private to this query, under the system's temp folder) to the allowed ones.
        var spill = (string)result.Rows[0][5]!;
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "discover-logs-query-"), spill, StringComparison.Ordinal);
        Assert.Equal([false, false, false, true], result.Rows[0].Take(4));
        var allowed = ((string)result.Rows[0][4]!).Trim('[', ']').Split(", ").Order(StringComparer.Ordinal);
        Assert.Equal([.. new[] { spill + "/", log + "/" }.Order(StringComparer.Ordinal)], allowed);
    }

    [Fact]
    public async Task QueryAsync_FilesInsideTheLogFolder_StillRead()
    {
        var log = _directory.Path;
        await WriteRunAsync("run-a", responses: 3);
        File.WriteAllText(Path.Combine(log, "notes.csv"), "bmc,rack\n127.0.0.3,r1\n");
        var parquet = Directory.EnumerateFiles(Path.Combine(log, "responses"), "*.parquet", SearchOption.AllDirectories).Single();
        using var query = CrawlLogQuery.Open(log);

        var views = await query.QueryAsync("select count(*) from responses where run_id = 'run-a'", Token);
        var direct = await query.QueryAsync($"select count(*) from read_parquet('{parquet}')", Token);
        var csv = await query.QueryAsync($"select rack from read_csv('{log}/notes.csv')", Token);
        var described = await query.QueryAsync("describe responses", Token);

        Assert.Equal(3L, views.Rows[0][0]);
        Assert.Equal(3L, direct.Rows[0][0]);
        Assert.Equal("r1", csv.Rows[0][0]);
        Assert.Contains(described.Rows, r => Equals(r[0], "uri"));
    }

    private string Fill(string text) => text
        .Replace("{log}", _directory.Path, StringComparison.Ordinal)
        .Replace("{outname}", Path.GetFileName(_outside.Path), StringComparison.Ordinal)
        .Replace("{out}", _outside.Path, StringComparison.Ordinal);
}
