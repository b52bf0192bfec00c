using System.Globalization;
using Discovery.Files;

namespace Discovery.CrawlLog;

/// <summary>
/// Where crawl-log files go: <c>&lt;log_dir&gt;/&lt;table&gt;/date=YYYY-MM-DD/&lt;run_id&gt;[-NNNN].parquet</c>,
/// each first written as <c>.&lt;name&gt;.&lt;pid&gt;.tmp</c> in the same folder (same file system, so the rename is
/// atomic; the dot and the suffix keep readers' <c>*.parquet</c> globs off it; the writer's PID lets the next
/// writer tell a dead writer's leftover from a file being written right now).
/// </summary>
internal static class CrawlLogFiles
{
    /// <summary>The suffix of files still being written.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>The folder of <paramref name="table"/>'s files for a run started on <paramref name="date"/> (UTC).</summary>
    public static string PartitionDirectory(string logDirectory, string table, DateTimeOffset date) =>
        Path.Combine(logDirectory, table, "date=" + date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The glob that matches every complete file of <paramref name="table"/>.</summary>
    public static string Glob(string logDirectory, string table) => Path.Combine(logDirectory, table, "*", "*.parquet");

    /// <summary>The file name of part <paramref name="part"/> (1-based), or of the only file when 0.</summary>
    public static string FileName(string runId, int part) =>
        part == 0 ? runId + ".parquet" : string.Create(CultureInfo.InvariantCulture, $"{runId}-{part:D4}.parquet");

    /// <summary>The temporary name this process writes a file under before the rename.</summary>
    public static string TempName(string fileName) => TempName(fileName, Environment.ProcessId);

    /// <summary>The temporary name process <paramref name="pid"/> writes a file under before the rename.</summary>
    public static string TempName(string fileName, int pid) =>
        string.Create(CultureInfo.InvariantCulture, $".{fileName}.{pid}{TempSuffix}");

    /// <summary>
    /// Deletes temporary files that a killed writer left behind (<c>.*.tmp</c> in the partition folders): at once
    /// when the PID in the name runs no more, or runs a process that started after the file was last written (the
    /// PID was reused); otherwise (a live writer, or a name without a PID) only when last written before
    /// <paramref name="olderThan"/> ago, so a file another process is writing right now stays.
    /// </summary>
    /// <returns>How many files were deleted.</returns>
    public static int RemoveStaleTempFiles(string logDirectory, TimeSpan olderThan, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!Directory.Exists(logDirectory))
        {
            return 0;
        }

        var cutoff = timeProvider.GetUtcNow().UtcDateTime - olderThan;
        var removed = 0;
        foreach (var partition in Directory.EnumerateDirectories(logDirectory).SelectMany(t => Directory.EnumerateDirectories(t, "date=*")))
        {
            foreach (var file in Directory.EnumerateFiles(partition, ".*" + TempSuffix))
            {
                try
                {
                    if (IsOrphan(file) || File.GetLastWriteTimeUtc(file) < cutoff)
                    {
                        File.Delete(file);
                        removed++;
                    }
                }
                catch (IOException)
                {
                    // Raced with another cleaner or writer: leave it for next time.
                }
            }
        }

        return removed;
    }

    // The clock of /proc's start times is coarser than file times: a writer's own file is never older than it.
    private static readonly TimeSpan StartTimeSlack = TimeSpan.FromSeconds(1);

    private static bool IsOrphan(string file)
    {
        var withoutSuffix = Path.GetFileName(file)[..^TempSuffix.Length];
        var pidText = Path.GetExtension(withoutSuffix).TrimStart('.');
        if (!int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        var started = OtherProcess.StartedAtUtc(pid);
        return started is null || started.Value > File.GetLastWriteTimeUtc(file) + StartTimeSlack;
    }
}
