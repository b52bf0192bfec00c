using System.Globalization;

namespace Discovery.CrawlLog;

/// <summary>
/// Where crawl-log files go: <c>&lt;log_dir&gt;/&lt;table&gt;/date=YYYY-MM-DD/&lt;run_id&gt;[-NNNN].parquet</c>,
/// each first written as <c>.&lt;name&gt;.tmp</c> in the same folder (same file system, so the rename is
/// atomic; the dot and the suffix keep readers' <c>*.parquet</c> globs off it).
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

    /// <summary>The temporary name a file is written under before the rename.</summary>
    public static string TempName(string fileName) => "." + fileName + TempSuffix;

    /// <summary>
    /// Deletes temporary files that a killed writer left behind: <c>.*.tmp</c> in the partition folders, last
    /// written before <paramref name="olderThan"/> ago (so a file another process is writing right now stays).
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
                    if (File.GetLastWriteTimeUtc(file) < cutoff)
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
}
