using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// Offline analysis of a crawl log: an in-memory DuckDB where each table (<c>runs</c>, <c>scans</c>,
/// <c>responses</c>, <c>nodes</c>, <c>bmcs</c>, <c>nics</c>) is a view over
/// <c>read_parquet('&lt;log_dir&gt;/&lt;table&gt;/*/*.parquet', hive_partitioning = true, union_by_name = true)</c>
/// (so each also has the partition column <c>date</c>); a table with no files yet is an empty table of the
/// same shape. Temporary files of writes in progress never match the glob. One caller at a time.
/// The database reads files only under the log folder and runs only queries (see <see cref="CrawlLogSandbox"/>).
/// </summary>
internal sealed partial class CrawlLogQuery : IDisposable
{
    private static readonly TimeSpan InterruptRetry = TimeSpan.FromMilliseconds(50);

    private readonly DuckDBConnection _connection;

    private readonly string _spillDirectory;

    private CrawlLogQuery(string logDirectory, DuckDBConnection connection, string spillDirectory)
    {
        LogDirectory = logDirectory;
        _connection = connection;
        _spillDirectory = spillDirectory;
    }

    /// <summary>The log directory the views read.</summary>
    public string LogDirectory { get; }

    /// <summary>Opens the log at <paramref name="logDirectory"/> (which need not exist yet: all tables are then empty).</summary>
    public static CrawlLogQuery Open(string logDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logDirectory);
        var root = Path.GetFullPath(logDirectory);
        var connection = DuckDbConnections.Open(null);
        var spill = Path.Combine(Path.GetTempPath(), $"discover-logs-query-{Guid.NewGuid():N}");
        try
        {
            foreach (var table in CrawlLogTables.All)
            {
                connection.Execute(HasFiles(root, table.Name)
                    ? $"CREATE VIEW {table.Name} AS SELECT * FROM read_parquet({DuckDbCommands.Literal(CrawlLogFiles.Glob(root, table.Name))}, " +
                      "hive_partitioning = true, union_by_name = true, hive_types = {'date': DATE})"
                    : table.CreateEmptySql);
            }

            CrawlLogSandbox.Lock(connection, root, spill);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new CrawlLogQuery(root, connection, spill);
    }

    /// <summary>Runs DuckDB SQL over the log's views: queries only, reading files only under the log folder.</summary>
    /// <exception cref="CrawlLogQueryRefusedException">A statement is not a query, or reaches outside the log folder; nothing ran.</exception>
    /// <exception cref="DuckDBException">The SQL failed; the message is DuckDB's.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the running query is interrupted.</exception>
    public Task<CrawlLogQueryResult> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        return RunAsync(() => Query(sql), cancellationToken);
    }

    /// <summary>Every run in the log, including incomplete ones (rows but no <c>runs</c> row: killed), by run id.</summary>
    public Task<IReadOnlyList<CrawlRunInfo>> ListRunsAsync(CancellationToken cancellationToken) =>
        RunAsync(ListRuns, cancellationToken);

    /// <summary>BMCs, nodes and NICs added, removed and changed from <paramref name="runA"/> to <paramref name="runB"/>.</summary>
    public Task<CrawlLogDiff> DiffAsync(string runA, string runB, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runA);
        ArgumentException.ThrowIfNullOrWhiteSpace(runB);
        return RunAsync(() => CrawlLogDiffer.Diff(_connection, runA, runB), cancellationToken);
    }

    /// <summary>
    /// What changed in <paramref name="runId"/> compared with the earlier runs of the same kind (see
    /// <see cref="CrawlChangeReport"/>); <paramref name="missingAfter"/> runs without an entity make it removed.
    /// </summary>
    public Task<CrawlChangeReport> ChangeReportAsync(string runId, int missingAfter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentOutOfRangeException.ThrowIfLessThan(missingAfter, 1);
        return RunAsync(
            () =>
            {
                var runs = ListRuns();
                var run = runs.FirstOrDefault(r => r.RunId == runId && r.Kind is not null)
                    ?? throw new InvalidOperationException($"no finished run '{runId}' in the crawl log");
                // Run ids sort by their start second only; the start time orders runs within one second.
                var window = runs
                    .Where(r => r.Kind == run.Kind && r.StartedAt <= run.StartedAt)
                    .OrderByDescending(r => r.StartedAt)
                    .ThenByDescending(r => r.RunId == runId)
                    .Select(r => r.RunId)
                    .Take(missingAfter + 1)
                    .ToList();
                return CrawlChangeReporter.Build(_connection, window, missingAfter);
            },
            cancellationToken);
    }

    /// <summary>The stored exchanges of a run in the order they were logged, for replaying the Redfish mapper.</summary>
    public Task<IReadOnlyList<StoredResponse>> ReadResponsesAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return RunAsync(() => ReadResponses(runId), cancellationToken);
    }

    /// <summary>The BMCs and nodes (NICs inside) that a run mapped, read back from its <c>bmcs</c>, <c>nodes</c> and <c>nics</c> rows.</summary>
    public Task<CrawlRunInventory> ReadInventoryAsync(string runId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        return RunAsync(() => RunInventoryReader.Load(_connection, runId), cancellationToken);
    }

    /// <summary>Closes the in-memory database (the Parquet files are untouched) and removes what it spilled to disk.</summary>
    public void Dispose()
    {
        _connection.Dispose();
        if (Directory.Exists(_spillDirectory))
        {
            Directory.Delete(_spillDirectory, recursive: true);
        }
    }

    private static bool HasFiles(string root, string table)
    {
        var directory = Path.Combine(root, table);
        return Directory.Exists(directory)
            && Directory.EnumerateDirectories(directory).Any(d => Directory.EnumerateFiles(d, "*.parquet").Any());
    }

    private async Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var running = Task.Run(work, cancellationToken);
        // DuckDB clears a pending interrupt when a query starts, so one that lands just before duckdb_query
        // would be lost: keep interrupting until the work ends.
        using var registration = cancellationToken.Register(() => _ = InterruptUntilDoneAsync(running));
        try
        {
            return await running;
        }
        // DuckDB.NET reports an interrupted query as OperationCanceledException without our token, or as a
        // DuckDBException when the interrupt lands between statements of a multi-step read.
        catch (Exception ex) when (ex is DuckDBException or OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private async Task InterruptUntilDoneAsync(Task running)
    {
        while (!running.IsCompleted)
        {
            _connection.NativeConnection.Interrupt();
            await Task.WhenAny(running, Task.Delay(InterruptRetry, CancellationToken.None));
        }
    }
}
