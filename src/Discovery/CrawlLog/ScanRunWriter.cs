using Discovery.CrawlLog.Analysis;
using Discovery.CrawlLog.Parquet;
using Discovery.Files;

namespace Discovery.CrawlLog;

/// <summary>
/// The crawl-log run of a plain scan: its <c>scans</c> rows and its <c>runs</c> row, written as the same Parquet files
/// <see cref="CrawlLogWriter"/> writes (same names, columns and part files, temporary name, fsync, rename) but by
/// <see cref="FlatParquetFile"/>, without DuckDB. Loading DuckDB's native library cost a /16 scan about 50 MB of its
/// peak memory and a third of its CPU, for rows that need no SQL on the way in. Thread-safe.
/// </summary>
internal sealed class ScanRunWriter : ICrawlLogRun
{
    private readonly Lock _gate = new();
    private readonly CrawlLogWriterOptions _options;
    private readonly CrawlLogRedactor _redactor = new(null);
    private readonly string _kind;
    private readonly List<ParquetColumn> _scans;
    private readonly List<string> _files = [];
    private int _part;
    private long _total;
    private bool _completed;

    private ScanRunWriter(string logDirectory, string runId, string kind, CrawlLogWriterOptions options)
    {
        LogDirectory = logDirectory;
        RunId = runId;
        _kind = kind;
        _options = options;
        StartedAt = options.TimeProvider.GetUtcNow();
        _scans = Columns(CrawlLogTables.Scans);
        CrawlLogWriter.Log.RunStarted(options.Logger, kind, runId, logDirectory);
    }

    public string RunId { get; }

    public string LogDirectory { get; }

    /// <summary>When the run started; its UTC date names the partition.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Starts writing a run of probes (see <see cref="CrawlLogWriter.Create"/> for the arguments).</summary>
    public static ScanRunWriter Create(string logDirectory, string runId, string kind, CrawlLogWriterOptions? options = null)
    {
        options = CrawlLogWriter.PrepareRun(logDirectory, runId, kind, options);
        return new ScanRunWriter(Path.GetFullPath(logDirectory), runId, kind, options);
    }

    /// <inheritdoc/>
    public void AddScan(ScanLogRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            AddRow(_scans, CrawlLogTables.Scans, row);
            _total++;
            if (_scans[0].Count >= _options.RowsPerPart)
            {
                WriteScans(final: false);
            }
        }
    }

    /// <inheritdoc/>
    public Task<CrawlLogRunSummary> CompleteAsync(CrawlRunStatus status, CancellationToken cancellationToken) =>
        Task.FromResult(Complete(status));

    /// <summary>Completes the run as <see cref="CrawlRunStatus.Partial"/> if it was not completed.</summary>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (!_completed)
            {
                Complete(CrawlRunStatus.Partial);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public void Abandon()
    {
        lock (_gate)
        {
            _completed = true;
        }
    }

    private CrawlLogRunSummary Complete(CrawlRunStatus status)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            _completed = true;
            try
            {
                WriteScans(final: true);
                var run = _options.EndedRun(RunId, _kind, StartedAt, status) with { Scans = _total };
                var runs = Columns(CrawlLogTables.Runs);
                AddRow(runs, CrawlLogTables.Runs, run);
                WriteFile(CrawlLogTables.Runs.Name, 0, runs);
                CrawlLogWriter.Log.RunCompleted(_options.Logger, RunId, run.Status, 0, _total, 0, 0, _files.Count);
                return new CrawlLogRunSummary
                {
                    RunId = RunId,
                    Status = status,
                    RowCounts = CrawlLogTables.All.Where(t => t != CrawlLogTables.Runs)
                        .ToDictionary(t => t.Name, t => t == CrawlLogTables.Scans ? _total : 0L),
                    Files = [.. _files],
                };
            }
            catch (IOException ex)
            {
                CrawlLogWriter.Log.RunFailed(_options.Logger, RunId, ex.Message);
                throw;
            }
        }
    }

    private static List<ParquetColumn> Columns(CrawlLogTable table) => [.. table.Columns.Select(c => new ParquetColumn(c))];

    // As CrawlLogWriter appends a row: run_id first when the table adds it, then the row's columns, text scrubbed.
    private void AddRow<T>(List<ParquetColumn> columns, CrawlLogRowTable<T> table, T record)
        where T : class
    {
        var first = 0;
        if (table.AddsRunId)
        {
            columns[0].Add(RunId);
            first = 1;
        }

        var recordColumns = table.RecordColumns;
        for (var i = 0; i < recordColumns.Count; i++)
        {
            var value = recordColumns[i].Get(record);
            columns[first + i].Add(table.Scrubbed[i] && value is string text ? _redactor.Scrub(text) : value);
        }
    }

    // The rows so far become the next part (or the run's only file when final and first).
    private void WriteScans(bool final)
    {
        if (_scans[0].Count == 0)
        {
            return;
        }

        var part = final && _part == 0 ? 0 : ++_part;
        WriteFile(CrawlLogTables.Scans.Name, part, _scans);
        foreach (var column in _scans)
        {
            column.Clear();
        }
    }

    private void WriteFile(string table, int part, List<ParquetColumn> columns)
    {
        var directory = CrawlLogFiles.PartitionDirectory(LogDirectory, table, StartedAt);
        var name = CrawlLogFiles.FileName(RunId, part);
        var path = Path.Combine(directory, name);
        var temp = Path.Combine(directory, CrawlLogFiles.TempName(name));
        try
        {
            Directory.CreateDirectory(directory);
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                FlatParquetFile.Write(file, columns);
                // Durable before visible: after the rename a reader (or a crash) never meets a half-written file.
                file.Flush(flushToDisk: true);
            }

            DurableFile.MoveIntoPlace(temp, path);
        }
        catch (IOException ex)
        {
            // A full disk or an I/O error: no half file stays behind, and the message names the file.
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The next writer removes it (its PID is in the name).
            }

            throw new CrawlLogException($"crawl log: could not write {path}: {DiskFull.Explain(ex)}", ex);
        }

        _files.Add(path);
    }
}
