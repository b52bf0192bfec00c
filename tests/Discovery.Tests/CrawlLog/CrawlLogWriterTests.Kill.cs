using System.Diagnostics;
using Discovery.CrawlLog.Analysis;
using Discovery.Tests;
using Discovery.Tests.TestSupport;

namespace Discovery.CrawlLog.Tests;

public sealed partial class CrawlLogWriterTests
{
    [Fact]
    public async Task KillDashNine_MidWrite_LeavesOnlyCompleteFilesAndQueryableLog()
    {
        var logDirectory = await LogOfAWriterKilledMidWriteAsync();
        var parquetFiles = Directory.EnumerateFiles(logDirectory, "*.parquet", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(parquetFiles);
        foreach (var file in parquetFiles)
        {
            Assert.Equal(20_000, ParquetCheck.CountRows(file));
        }

        using var query = CrawlLogQuery.Open(logDirectory);
        var count = await query.QueryAsync("select count(*), count(distinct uri) from responses", Token);
        Assert.Equal(20_000L * parquetFiles.Count, count.Rows[0][0]);
        Assert.Equal(20_000L * parquetFiles.Count, count.Rows[0][1]);
        var run = Assert.Single(await query.ListRunsAsync(Token));
        Assert.Equal("incomplete", run.Status);
        Assert.Equal(20_000L * parquetFiles.Count, run.Responses);
    }

    [Fact]
    public async Task Create_AfterAWriterWasKilledMidWrite_RemovesItsTempFileAtOnce()
    {
        // Issue 13, item 14: the killed writer's temp file used to wait an hour for a later run to remove it.
        var logDirectory = await LogOfAWriterKilledMidWriteAsync();
        var leftovers = Directory.GetFiles(logDirectory, "*" + CrawlLogFiles.TempSuffix, SearchOption.AllDirectories);
        Assert.NotEmpty(leftovers);

        await using var next = CrawlLogWriter.Create(logDirectory, "20261122T040000Z-0ddba11a", "collect");

        Assert.All(leftovers, file => Assert.False(File.Exists(file), $"{file} is still there"));
        Assert.NotEmpty(Directory.GetFiles(logDirectory, "*.parquet", SearchOption.AllDirectories));
    }

    /// <summary>
    /// A log folder whose writer child was killed while a temp file was being written. The kill is sent when a temp
    /// file appears; on a loaded machine the watcher's event can arrive after the part was already renamed, and then
    /// that run proved nothing about a mid-write kill: try again in a fresh folder.
    /// </summary>
    private async Task<string> LogOfAWriterKilledMidWriteAsync()
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var candidate = Path.Combine(_directory.Path, $"log{attempt}");
            if (await KilledMidWriteAsync(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("in 5 runs the kill never landed while a temp file was still being written");
        return string.Empty;
    }

    /// <summary>Runs the writer child, kills it as a temp file appears; true when the temp file was still there after the kill.</summary>
    private async Task<bool> KilledMidWriteAsync(string logDirectory)
    {
        Directory.CreateDirectory(logDirectory);
        var killed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Process? child = null;
        using var watcher = new FileSystemWatcher(logDirectory) { IncludeSubdirectories = true, InternalBufferSize = 65536 };
        watcher.Created += (_, e) =>
        {
            // Kill as a temp file appears, once at least one part is complete: the kill lands mid-COPY.
            if (e.Name?.EndsWith(CrawlLogFiles.TempSuffix, StringComparison.Ordinal) == true
                && Directory.EnumerateFiles(logDirectory, "*.parquet", SearchOption.AllDirectories).Any())
            {
                try
                {
                    child?.Kill(entireProcessTree: true);
                    killed.TrySetResult(e.FullPath);
                }
                catch (InvalidOperationException)
                {
                    // Not started yet or already gone: a later temp file retries.
                }
            }
        };
        watcher.EnableRaisingEvents = true;

        var info = new ProcessStartInfo(Testing.DotnetHost.Path) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", typeof(HelperModes).Assembly.Location, "--crawl-log-child", logDirectory, "20000" })
        {
            info.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        child = Process.Start(info)!;
        try
        {
            var exited = child.WaitForExitAsync(timeout.Token);
            var first = await Task.WhenAny(killed.Task, exited);
            Assert.True(first == killed.Task, $"the child exited before it was killed: {await child.StandardError.ReadToEndAsync(timeout.Token)}");
            var tempFile = await killed.Task;
            await child.WaitForExitAsync(timeout.Token);
            Assert.Equal(137, child.ExitCode); // 128 + SIGKILL
            return File.Exists(tempFile);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }

            child.Dispose();
        }
    }
}
