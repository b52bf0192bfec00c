using System.Diagnostics;
using System.Text.RegularExpressions;
using Discovery.Testing;
using Discovery.Tests;
using Discovery.Tests.TestSupport;

namespace Discovery.Files.Tests;

/// <summary>
/// Every finished crawl-log file and snapshot is renamed into place and then its folder is fsynced, so the rename
/// survives a power cut and so is the TLS pin file (issue 13, item 13). An fsync cannot be seen from inside; strace sees it.
/// </summary>
public sealed partial class DurableFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // strace -y prints a descriptor with its path: fsync(7</tmp/x/responses/date=2026-11-22>) = 0
    [GeneratedRegex(@"\bfsync\(\d+<(?<path>[^>]*)>\)")]
    private static partial Regex FolderFsync();

    // rename("/a/.x.tmp", "/a/x") or renameat2(AT_FDCWD, "...", AT_FDCWD, "...", ...) or link/linkat (File.Move without overwrite).
    [GeneratedRegex(@"\b(?:rename|renameat|renameat2|link|linkat)\(.*?""(?<from>[^""]*)"".*?""(?<to>[^""]*)""")]
    private static partial Regex IntoPlace();

    [Fact]
    public async Task RenameIntoPlace_CrawlLogSnapshotAndPins_FolderFsyncedAfterEachRename()
    {
        if (!ChildProcess.IsOnPath("strace"))
        {
            Assert.Skip("strace is not installed (scripts/install-deps.sh installs it)");
        }

        var trace = _directory.File("trace.txt");
        var work = Directory.CreateDirectory(_directory.File("work")).FullName;
        var info = new ProcessStartInfo("strace");
        foreach (var argument in new[]
        {
            "-f", "-qq", "-y", "-s", "4096", "-e", "trace=rename,renameat,renameat2,link,linkat,fsync", "-o", trace,
            Testing.DotnetHost.Path, "exec", typeof(HelperModes).Assembly.Location, "--durable-writes", work,
        })
        {
            info.ArgumentList.Add(argument);
        }

        var run = await ProcessRunner.RunAsync(info, TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        if (run.ExitCode != 0 && run.Error.Contains("ptrace", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Skip($"strace may not trace here: {run.Error.Trim()}");
        }

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = await File.ReadAllLinesAsync(trace, TestContext.Current.CancellationToken);
        var log = Path.Combine(work, "log");
        var snapshots = Path.Combine(work, "store", "snapshots");
        var pins = Path.Combine(work, "pins", "pins.json");
        var intoPlace = lines
            .Select((line, index) => (Match: IntoPlace().Match(line), Index: index))
            .Where(m => m.Match.Success && !lines[m.Index].Contains("= -1", StringComparison.Ordinal))
            .Select(m => (To: m.Match.Groups["to"].Value, m.Index))
            .Where(m => (m.To.StartsWith(log, StringComparison.Ordinal) && m.To.EndsWith(".parquet", StringComparison.Ordinal))
                || (Path.GetDirectoryName(m.To) == snapshots && !Path.GetFileName(m.To).StartsWith('.'))
                || m.To == pins)
            .ToList();

        // The run's responses and runs files, and the snapshot folder.
        Assert.Contains(intoPlace, m => m.To.Contains("/responses/", StringComparison.Ordinal));
        Assert.Contains(intoPlace, m => m.To.Contains("/runs/", StringComparison.Ordinal));
        Assert.Contains(intoPlace, m => Path.GetDirectoryName(m.To) == snapshots);
        Assert.Contains(intoPlace, m => m.To == pins);
        Assert.All(intoPlace, rename =>
        {
            var folder = Path.GetDirectoryName(rename.To);
            var flushed = lines.Skip(rename.Index + 1).Any(line => FolderFsync().Match(line) is { Success: true } fsync && fsync.Groups["path"].Value == folder);
            Assert.True(flushed, $"no fsync of {folder} after {rename.To} was put in place");
        });
    }
}
