using System.Globalization;
using Discovery.CrawlLog;
using Discovery.Tests.TestSupport;
using Discovery.Tests.TestSupport.Fuzz;
using Discovery.Tests.TestSupport.Soak;

namespace Discovery.Tests;

/// <summary>
/// Helper modes of the test executable:
/// <c>--crawl-log-child LOG_DIR ROWS_PER_PART</c> writes <c>responses</c> rows until killed (the kill -9 test);
/// <c>--bench-crawl-log LOG_DIR ROWS</c> writes ROWS realistic rows and times a few queries, and
/// <c>--bench-duckdb-copy DIR ROWS</c> is its anchor (scripts/bench-crawl-log.sh, <see cref="CrawlLogBench"/>), and
/// <c>--bench-copy-variants DIR ROWS</c> times one part's COPY under the option sets of BENCH_COPY_OPTIONS;
/// <c>--bench-store DATA_DIR NODES</c> times the inventory store's snapshots and restores (scripts/bench-store.sh;
/// <c>--bench-snapshots DATA_DIR NODES</c> only those, for SNAPSHOTS_ONLY=1; <c>--seed-store DATA_DIR NODES</c> only the seeding, for scripts/bench-ui.sh and bench-store.sh PUT_ONLY=1;
/// <c>--bench-read-model DATA_DIR NODES</c> where serve's read model load goes, <see cref="ReadModelBench"/>;
/// <c>--bench-snapshot-variants DATA_DIR NODES</c> where their time goes, <see cref="SnapshotVariants"/>);
/// <c>--journal-writer DATA_DIR ACK_FILE</c> writes nodes through the store's write journal until killed (the journal's kill -9 test);
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
            case "--journal-writer" when args.Length == 3:
                exitCode = JournalWriterChild.RunAsync(args[1], args[2]).GetAwaiter().GetResult();
                return true;
            case "--durable-writes" when args.Length == 2:
                exitCode = Files.Tests.DurableWritesChild.RunAsync(args[1]).GetAwaiter().GetResult();
                return true;
            case "--bench-store" when args.Length == 3:
                exitCode = StoreBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
                return true;
            case "--seed-store" when args.Length == 3:
                exitCode = StoreBench.SeedOnlyAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
                return true;
            case "--bench-snapshots" when args.Length == 3:
                exitCode = StoreBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), snapshotsOnly: true).GetAwaiter().GetResult();
                return true;
            case "--bench-read-model" when args.Length == 3:
                exitCode = ReadModelBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
                return true;
            case "--bench-snapshot-variants" when args.Length == 3:
                exitCode = SnapshotVariants.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
                return true;
            case "--bench-crawl-log" when args.Length == 3:
                exitCode = CrawlLogBench.WriteAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
                return true;
            case "--bench-duckdb-copy" when args.Length == 3:
                exitCode = CrawlLogBench.DuckDbCopy(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
                return true;
            case "--bench-copy-variants" when args.Length == 3:
                exitCode = CrawlLogBench.CopyVariants(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
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
        var writer = CrawlLogWriter.Create(logDirectory, "20261122T030000Z-c0ffee00", "collect", options: new() { RowsPerPart = rowsPerPart, CharsPerPart = long.MaxValue });
        for (var i = 0; ; i++)
        {
            writer.AddResponse(BenchRows.Response(i));
        }
    }
}
