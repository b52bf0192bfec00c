using System.Diagnostics;
using System.Globalization;
using Discovery.CrawlLog;
using Discovery.CrawlLog.Analysis;
using Discovery.Store.DuckDb;

namespace Discovery.Tests.TestSupport;

/// <summary>
/// scripts/bench-crawl-log.sh's two measurements, each in its own process so each peak RSS is its own:
/// <see cref="WriteAsync"/> writes ROWS <see cref="BenchRows"/> through <see cref="CrawlLogWriter"/> and times a few
/// queries; <see cref="DuckDbCopy"/> is the anchor, DuckDB's own COPY of rows shaped the same (generated inside DuckDB)
/// to zstd Parquet. Each prints a <c>result:</c> line the script reads.
/// </summary>
internal static class CrawlLogBench
{
    public static async Task<int> WriteAsync(string logDirectory, int rows)
    {
        var options = new CrawlLogWriterOptions();
        if (Environment.GetEnvironmentVariable("BENCH_ROWS_PER_PART") is { Length: > 0 } rowsPerPart)
        {
            options = options with { RowsPerPart = int.Parse(rowsPerPart, CultureInfo.InvariantCulture) };
        }

        if (Environment.GetEnvironmentVariable("BENCH_CHARS_PER_PART") is { Length: > 0 } charsPerPart)
        {
            options = options with { CharsPerPart = long.Parse(charsPerPart, CultureInfo.InvariantCulture) };
        }

        if (Environment.GetEnvironmentVariable("BENCH_THREADS") is { Length: > 0 } threads)
        {
            options = options with { Threads = int.Parse(threads, CultureInfo.InvariantCulture) };
        }

        PrintWhereTimeGoes(Math.Max(1, rows / 20));
        var runId = CrawlRunId.New(TimeProvider.System);
        var threadsBefore = ThreadCpu.Snapshot();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        long bodyBytes = 0;
        double addSeconds;
        IReadOnlyList<(string Group, double Seconds)> cpuByThread;
        CrawlLogRunSummary summary;
        await using (var writer = CrawlLogWriter.Create(logDirectory, runId, "collect", options: options))
        {
            for (var i = 0; i < rows; i++)
            {
                var row = BenchRows.Response(i);
                bodyBytes += row.Body!.Length;
                writer.AddResponse(row);
            }

            addSeconds = stopwatch.Elapsed.TotalSeconds;
            cpuByThread = ThreadCpu.Between(threadsBefore, ThreadCpu.Snapshot());
            summary = await writer.CompleteAsync(CrawlRunStatus.Complete, CancellationToken.None);
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var fileBytes = summary.Files.Sum(f => new FileInfo(f).Length);
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"write: {rows:N0} responses rows (at most {options.RowsPerPart:N0} rows or {options.CharsPerPart / 1048576.0:F0} Mi chars per part) in {seconds:F2} s = {rows / seconds:N0} rows/s, {bodyBytes / 1048576.0 / seconds:F1} MB/s of bodies " +
            $"({bodyBytes / 1048576.0:F0} MB in, {fileBytes / 1048576.0:F1} MB Parquet in {summary.Files.Count - 1} files), peak working set {peakMb:F0} MB; " +
            $"adding rows (incl. part files) {addSeconds:F2} s, completing {seconds - addSeconds:F2} s; " +
            $"CPU {cpuSeconds:F2} s = {cpuSeconds / rows * 1e6:F2} µs per row (incl. making the rows), {cpuSeconds / seconds:F2} cores busy"));
        // Which thread bounds the rate: on 2 cores the busiest one, or all of them together.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cpu while adding rows, µs per row by thread: {string.Join(", ", cpuByThread.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Group} {t.Seconds / rows * 1e6:F2}")))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"result: rows={rows} rows_per_s={rows / seconds:F0} peak_mb={peakMb:F0}"));
        await TimeQueriesAsync(logDirectory);
        return 0;
    }

    /// <summary>
    /// The anchor: DuckDB generates ROWS rows shaped like <c>responses</c> (the bodies are the bench's own eight
    /// shapes, made unique by a sequence number) and copies them to one zstd Parquet file.
    /// </summary>
    public static int DuckDbCopy(string directory, int rows)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "copy.parquet");
        var sql = $"COPY ({GeneratedRowsSql(rows)}) TO {DuckDbCommands.Literal(file)} (FORMAT parquet, COMPRESSION zstd)";
        using var connection = DuckDbConnections.Open(null);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        connection.Execute(sql);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var written = Convert.ToInt64(connection.Scalar($"SELECT count(*) FROM read_parquet({DuckDbCommands.Literal(file)})"), CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duckdb copy: {written:N0} rows generated in DuckDB to zstd Parquet in {seconds:F2} s = {rows / seconds:N0} rows/s ({new FileInfo(file).Length / 1048576.0:F1} MB); " +
            $"CPU {cpuSeconds:F2} s = {cpuSeconds / rows * 1e6:F2} µs per row, {cpuSeconds / seconds:F2} cores busy"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"result: copy_rows_per_s={rows / seconds:F0}"));
        return written == rows ? 0 : 1;
    }

    /// <summary>A SELECT of ROWS rows shaped like <c>responses</c>, made inside DuckDB from the bench's eight body shapes.</summary>
    private static string GeneratedRowsSql(int rows)
    {
        var samples = Enumerable.Range(0, 8).Select(BenchRows.Response).ToList();
        var bodies = string.Join(", ", samples.Select(r => DuckDbCommands.Literal(r.Body!)));
        var types = string.Join(", ", samples.Select(r => DuckDbCommands.Literal(ODataTypeReader.FirstODataType(r.Body) ?? string.Empty)));
        return $$"""
            WITH generated AS (
              SELECT i, '{"Seq":' || i || ',' || substr([{{bodies}}][(i % 8)::INTEGER + 1], 2) AS body FROM range({{rows}}) r(i))
            SELECT '20261122T021500Z-c0ffee00' AS run_id,
                   TIMESTAMP '2026-11-22 02:15:00' + to_microseconds(i * 100) AS ts,
                   '127.0.' || ((i // 250) % 200) || '.' || (2 + i % 250) AS bmc,
                   443::INTEGER AS port, 'GET' AS method, '/redfish/v1/Resource/' || i AS uri,
                   (CASE WHEN i % 97 = 0 THEN 503 ELSE 200 END)::INTEGER AS status,
                   (5 + i % 400)::DOUBLE AS elapsed_ms, strlen(body)::BIGINT AS bytes,
                   'W/"' || printf('%x', i % 10007) || '"' AS etag,
                   [{{types}}][(i % 8)::INTEGER + 1] AS odata_type, body, NULL::VARCHAR AS error
            FROM generated
            """;
    }

    /// <summary>
    /// Where a part file's time goes: ROWS generated rows in a DuckDB table (as the writer stages a part), copied to
    /// zstd Parquet once per option set of BENCH_COPY_OPTIONS (';' between sets), each with its wall and CPU time; a set
    /// that starts with SET is run as a statement instead (<c>SET threads = 1</c>).
    /// </summary>
    public static int CopyVariants(string directory, int rows)
    {
        Directory.CreateDirectory(directory);
        var variants = (Environment.GetEnvironmentVariable("BENCH_COPY_OPTIONS") is { Length: > 0 } given ? given : "COMPRESSION zstd")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        using var connection = DuckDbConnections.Open(null);
        connection.Execute($"CREATE TABLE staged AS {GeneratedRowsSql(rows)}");
        foreach (var variant in variants.Concat(variants))
        {
            if (variant.StartsWith("SET ", StringComparison.OrdinalIgnoreCase))
            {
                connection.Execute(variant);
                continue;
            }

            var file = Path.Combine(directory, "variant.parquet");
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            connection.Execute($"COPY (SELECT * FROM staged) TO {DuckDbCommands.Literal(file)} (FORMAT parquet, {variant})");
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"copy ({variant}): {rows:N0} rows in {seconds:F3} s, CPU {cpuSeconds / rows * 1e6:F2} µs per row, {new FileInfo(file).Length / 1048576.0:F1} MB"));
            File.Delete(file);
        }

        return 0;
    }

    // A sample of the rows, without the writer: what making a row and redacting it cost per row, so the
    // writer's figure can be read as generation + redaction + the rest (appender and part files).
    private static void PrintWhereTimeGoes(int sample)
    {
        var redactor = new CrawlLogRedactor();
        for (var i = 0; i < 20_000; i++)
        {
            // Warm up: tiered compilation reaches its optimized code only after thousands of calls.
            ODataTypeReader.FirstODataType(redactor.RedactBody(BenchRows.Response(i).Body));
        }

        var stopwatch = Stopwatch.StartNew();
        long chars = 0;
        for (var i = 0; i < sample; i++)
        {
            chars += BenchRows.Response(i).Body!.Length;
        }

        var generate = stopwatch.Elapsed.TotalSeconds;
        stopwatch.Restart();
        for (var i = 0; i < sample; i++)
        {
            var body = redactor.RedactBody(BenchRows.Response(i).Body);
            chars -= ODataTypeReader.FirstODataType(body) is null ? 0 : body!.Length;
        }

        var redact = stopwatch.Elapsed.TotalSeconds - generate;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per row (sample of {sample:N0}, {chars} chars changed by redaction): generating {generate / sample * 1e6:F2} µs, redaction + @odata.type {redact / sample * 1e6:F2} µs"));
    }

    private static async Task TimeQueriesAsync(string logDirectory)
    {
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
    }
}
