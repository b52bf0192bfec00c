using Discovery.Files;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog;

/// <summary>
/// One table of a run being written: rows staged in the writer's in-memory DuckDB through an appender, then
/// copied to a zstd Parquet file under a temporary name, fsynced and renamed. A full part is copied on a
/// background task (its own connection) while the next part fills a fresh staging table, so compressing and
/// appending use both cores; at most one part is being copied, so memory stays about two parts. After a part
/// is written its staging table is dropped, which returns its memory to DuckDB. A failed copy surfaces from the
/// next <see cref="WritePart"/>.
/// </summary>
internal sealed class CrawlLogStagedTable : IDisposable
{
    // DuckDB's Parquet writer holds a whole row group (122,880 rows by default) before writing it, so a part's COPY held
    // its rows a second time: a 50,000-row part of 1 KB bodies peaked 150 MB above its staging table (BENCH_COPY_OPTIONS
    // through --bench-copy-variants: 17 MB above it with 8,192 rows, 61 MB with 16,384). Row groups stay
    // Parquet's own: readers see the same schema and rows.
    internal const int RowGroupRows = 8192;

    // Without dictionary pages for text (DICTIONARY_SIZE_LIMIT 1), as snapshots are written: DuckDB hashed every body to
    // size a dictionary it then dropped, bodies being unique. --bench-copy-variants, 50,000 rows, seven interleaved
    // pairs at load ~25-38: median 2.02 µs of CPU per row instead of 2.42, files of the same size (the writer bench's
    // 500,000 rows: 8.0 MB either way).
    private static readonly string CopyOptions = $"FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {RowGroupRows}, DICTIONARY_SIZE_LIMIT 1";

    private readonly CrawlLogTable _table;
    private readonly DuckDBConnection _connection;
    private readonly string _directory;
    private readonly string _runId;
    private readonly List<string> _files = [];
    private readonly string _selectColumns;
    private DuckDBConnection? _copyConnection;
    private DuckDBAppender? _appender;
    private string? _staging;
    private int _generation;
    private int _part;
    private Task _copying = Task.CompletedTask;

    public CrawlLogStagedTable(CrawlLogTable table, DuckDBConnection connection, string directory, string runId)
    {
        _table = table;
        _connection = connection;
        _directory = directory;
        _runId = runId;
        _selectColumns = string.Join(", ", table.Columns.Select(c => c.Name));
    }

    /// <summary>Rows staged and not yet handed to a part file.</summary>
    public long Staged { get; private set; }

    /// <summary>Characters of text (bodies) staged and not yet handed to a part file, as counted by <see cref="RowAdded"/>.</summary>
    public long StagedChars { get; private set; }

    /// <summary>Rows added over the whole run.</summary>
    public long Total { get; private set; }

    /// <summary>The files written so far (full paths); complete after a final <see cref="WritePart"/>.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The appender to add one row with; call <see cref="RowAdded"/> after its EndRow.</summary>
    public DuckDBAppender Appender
    {
        get
        {
            if (_staging is null)
            {
                // A new name per part: the previous part's table may still be being copied on the other connection.
                _staging = $"{_table.Name}_part{++_generation}";
                _connection.Execute(_table.CreateStagingSql(_staging));
            }

            return _appender ??= _connection.CreateAppender(_staging);
        }
    }

    /// <param name="chars">The row's large text (a body), which bounds a part by <see cref="CrawlLogWriterOptions.CharsPerPart"/>.</param>
    public void RowAdded(long chars = 0)
    {
        Staged++;
        StagedChars += chars;
        Total++;
    }

    /// <summary>
    /// Hands the staged rows to the next part file (or the run's only file when final and first). Not final: the
    /// file is written in the background once the previous part's is done. Final: returns when every file is written.
    /// </summary>
    /// <exception cref="CrawlLogException">This part's or an earlier part's file could not be written.</exception>
    public void WritePart(bool final)
    {
        if (Staged > 0)
        {
            var part = final && _part == 0 ? 0 : ++_part;
            _appender?.Dispose();
            _appender = null;
            var staging = _staging!;
            _staging = null;
            Staged = 0;
            StagedChars = 0;
            WaitForCopy();
            _copyConnection ??= DuckDbConnections.Another(_connection);
            _copying = final ? Task.CompletedTask : Task.Run(() => Copy(staging, part));
            if (final)
            {
                Copy(staging, part);
            }
        }

        if (final)
        {
            WaitForCopy();
        }
    }

    private void WaitForCopy()
    {
        var copying = _copying;
        _copying = Task.CompletedTask;
        copying.GetAwaiter().GetResult();
    }

    private void Copy(string staging, int part)
    {
        Directory.CreateDirectory(_directory);
        var name = CrawlLogFiles.FileName(_runId, part);
        var path = Path.Combine(_directory, name);
        var temp = Path.Combine(_directory, CrawlLogFiles.TempName(name));
        try
        {
            _copyConnection!.Execute(
                $"COPY (SELECT {_selectColumns} FROM {staging}) TO {DuckDbCommands.Literal(temp)} ({CopyOptions})");
            using (var handle = File.OpenHandle(temp, FileMode.Open, FileAccess.ReadWrite))
            {
                // Durable before visible: after the rename a reader (or a crash) never meets a half-written file.
                RandomAccess.FlushToDisk(handle);
            }

            DurableFile.MoveIntoPlace(temp, path);
        }
        catch (Exception ex) when (ex is DuckDBException or IOException)
        {
            // A full disk or an I/O error: no half file stays behind, and the message names the file.
            TryDelete(temp);
            throw new CrawlLogException($"crawl log: could not write {path}: {DiskFull.Explain(ex)}", ex);
        }
        finally
        {
            _copyConnection!.Execute($"DROP TABLE {staging}");
        }

        _files.Add(path);
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next writer removes it (its PID is in the name).
        }
    }

    /// <summary>Waits for a part being copied (its failure was reported or no longer matters), then frees the connections' use.</summary>
    public void Dispose()
    {
        try
        {
            _copying.Wait();
        }
        catch (AggregateException)
        {
            // Abandoned after a failure: the file is not there and the run says so.
        }

        _appender?.Dispose();
        _appender = null;
        _copyConnection?.Dispose();
        _copyConnection = null;
    }
}
