using Discovery.Files;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog;

/// <summary>
/// One table of a run being written: rows staged in the writer's in-memory DuckDB through an appender, then
/// copied to a zstd Parquet file under a temporary name, fsynced and renamed. After a part is written the
/// staging table is dropped and recreated, which returns its memory to DuckDB.
/// </summary>
internal sealed class CrawlLogStagedTable : IDisposable
{
    private readonly CrawlLogTable _table;
    private readonly DuckDBConnection _connection;
    private readonly string _directory;
    private readonly string _runId;
    private readonly List<string> _files = [];
    private DuckDBAppender? _appender;
    private bool _created;
    private int _part;

    public CrawlLogStagedTable(CrawlLogTable table, DuckDBConnection connection, string directory, string runId)
    {
        _table = table;
        _connection = connection;
        _directory = directory;
        _runId = runId;
    }

    /// <summary>Rows staged and not yet in a file.</summary>
    public long Staged { get; private set; }

    /// <summary>Rows added over the whole run.</summary>
    public long Total { get; private set; }

    /// <summary>The files written so far (full paths).</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The appender to add one row with; call <see cref="RowAdded"/> after its EndRow.</summary>
    public DuckDBAppender Appender
    {
        get
        {
            if (!_created)
            {
                _connection.Execute(_table.CreateStagingSql);
                _created = true;
            }

            return _appender ??= _connection.CreateAppender(_table.Name);
        }
    }

    public void RowAdded()
    {
        Staged++;
        Total++;
    }

    /// <summary>Writes the staged rows to the next part file (or the run's only file when final and first).</summary>
    public void WritePart(bool final)
    {
        if (Staged == 0)
        {
            return;
        }

        var part = final && _part == 0 ? 0 : ++_part;
        Directory.CreateDirectory(_directory);
        var name = CrawlLogFiles.FileName(_runId, part);
        var path = Path.Combine(_directory, name);
        var temp = Path.Combine(_directory, CrawlLogFiles.TempName(name));
        try
        {
            _appender?.Dispose();
            _appender = null;
            _connection.Execute(
                $"COPY (SELECT {string.Join(", ", _table.Columns.Select(c => c.Name))} FROM {_table.Name}) TO {DuckDbCommands.Literal(temp)} " +
                "(FORMAT parquet, COMPRESSION zstd)");
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

        _files.Add(path);
        _connection.Execute($"DROP TABLE {_table.Name}");
        _created = false;
        Staged = 0;
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

    public void Dispose()
    {
        _appender?.Dispose();
        _appender = null;
    }
}
