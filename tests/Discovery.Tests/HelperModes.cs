using System.Diagnostics;
using System.Globalization;
using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;
using Discovery.Tests.TestSupport.Fuzz;
using Discovery.Tests.TestSupport.Soak;

namespace Discovery.Tests;

/// <summary>
/// Helper modes of the test executable:
/// <c>--crawl-log-child LOG_DIR ROWS_PER_PART</c> writes <c>responses</c> rows until killed (the kill -9 test);
/// <c>--bench-crawl-log LOG_DIR ROWS</c> writes ROWS realistic rows and times a few queries (scripts/bench-crawl-log.sh);
/// <c>--bench-store DATA_DIR NODES</c> times the inventory store's snapshots and restores (scripts/bench-store.sh);
/// <c>--durable-writes DIR</c> writes a crawl-log run and a store snapshot once (the strace test of the folder fsyncs);
/// <c>--soak-load URL WORK_DIR CYCLE</c> and <c>--soak-verify URL WORK_DIR</c> are scripts/soak-serve.sh's load and check;
/// <c>--fuzz</c> (with <c>--fuzz-child</c>, <c>--fuzz-replay TARGET SEED INDEX</c>) is scripts/fuzz.sh's harness.
/// </summary>
internal static class HelperModes
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        switch (args[0])
        {
            case "--crawl-log-child" when args.Length == 3:
                WriteUntilKilled(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
                return true;
            case "--durable-writes" when args.Length == 2:
                exitCode = Files.Tests.DurableWritesChild.RunAsync(args[1]).GetAwaiter().GetResult();
                return true;
            case "--bench-store" when args.Length == 3:
                exitCode = StoreBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
                return true;
            case "--bench-crawl-log" when args.Length == 3:
                exitCode = Bench(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
                return true;
            case "--soak-load" when args.Length == 4:
                exitCode = SoakLoad.RunAsync(args).GetAwaiter().GetResult();
                return true;
            case "--soak-verify" when args.Length == 3:
                exitCode = SoakVerify.RunAsync(args).GetAwaiter().GetResult();
                return true;
            case "--fuzz" or "--fuzz-child" or "--fuzz-replay":
                exitCode = FuzzMode.Run(args);
                return true;
            default:
                return false;
        }
    }

    private static void WriteUntilKilled(string logDirectory, int rowsPerPart)
    {
        var writer = CrawlLogWriter.Create(logDirectory, "20261122T030000Z-c0ffee00", "collect", options: new() { RowsPerPart = rowsPerPart });
        for (var i = 0; ; i++)
        {
            writer.AddResponse(BenchRows.Response(i));
        }
    }

    private static async Task<int> Bench(string logDirectory, int rows)
    {
        var runId = CrawlRunId.New(TimeProvider.System);
        var stopwatch = Stopwatch.StartNew();
        long bodyBytes = 0;
        var addSeconds = 0.0;
        CrawlLogRunSummary summary;
        var options = new CrawlLogWriterOptions();
        if (Environment.GetEnvironmentVariable("BENCH_ROWS_PER_PART") is { Length: > 0 } rowsPerPart)
        {
            options = options with { RowsPerPart = int.Parse(rowsPerPart, CultureInfo.InvariantCulture) };
        }

        await using (var writer = CrawlLogWriter.Create(logDirectory, runId, "collect", options: options))
        {
            for (var i = 0; i < rows; i++)
            {
                var row = BenchRows.Response(i);
                bodyBytes += row.Body!.Length;
                writer.AddResponse(row);
            }

            addSeconds = stopwatch.Elapsed.TotalSeconds;
            summary = await writer.CompleteAsync(CrawlRunStatus.Complete, CancellationToken.None);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var fileBytes = summary.Files.Sum(f => new FileInfo(f).Length);
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"write: {rows:N0} responses rows ({options.RowsPerPart:N0} per part) in {seconds:F2} s = {rows / seconds:N0} rows/s, {bodyBytes / 1048576.0 / seconds:F1} MB/s of bodies " +
            $"({bodyBytes / 1048576.0:F0} MB in, {fileBytes / 1048576.0:F1} MB Parquet in {summary.Files.Count - 1} files), peak working set {peakMb:F0} MB; " +
            $"adding rows (incl. part files) {addSeconds:F2} s, completing {seconds - addSeconds:F2} s"));

        using var query = CrawlLogQuery.Open(logDirectory);
        string[] queries =
        [
            "select count(*) from responses",
            "select status, count(*) from responses group by status order by status",
            "select bmc, count(*), avg(elapsed_ms), sum(bytes) from responses group by bmc order by 3 desc limit 5",
            "select odata_type, count(*) from responses group by odata_type order by 2 desc",
            "select count(*) from responses where body like '%\"PowerState\":\"Off\"%'",
            "select run_id, count(*) from responses group by run_id",
        ];
        foreach (var sql in queries)
        {
            var started = Stopwatch.StartNew();
            var result = await query.QueryAsync(sql, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"query: {started.Elapsed.TotalMilliseconds,8:F0} ms  {result.Rows.Count,3} rows  {sql}"));
        }

        return 0;
    }
}
