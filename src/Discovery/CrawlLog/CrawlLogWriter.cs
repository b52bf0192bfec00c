using Discovery.CrawlLog.Analysis;
using Discovery.Records;
using Discovery.Store.DuckDb;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog;

/// <summary>
/// Writes one run's crawl log: rows go to an in-memory DuckDB (appender), and each table becomes zstd Parquet
/// under <c>&lt;log_dir&gt;/&lt;table&gt;/date=YYYY-MM-DD/&lt;run_id&gt;.parquet</c> (see
/// <see cref="CrawlLogFiles"/>), in part files of at most <see cref="CrawlLogWriterOptions.RowsPerPart"/> rows and
/// <see cref="CrawlLogWriterOptions.CharsPerPart"/> characters of bodies when a run is large. Bodies and free text are
/// redacted first (<see cref="CrawlLogRedactor"/>). Thread-safe: many BMC crawls may add rows at once. A run that is
/// disposed without <see cref="CompleteAsync"/> is written as <see cref="CrawlRunStatus.Partial"/>; a killed process
/// leaves only complete part files and no <c>runs</c> row (its temp file, named with its PID, is removed by the next
/// writer at once).
/// </summary>
internal sealed partial class CrawlLogWriter : ICrawlLogRun
{
    // A part file takes seconds to write; a temp file this old belongs to a writer that was killed (or hung), even
    // when the PID in its name runs.
    private static readonly TimeSpan StaleTempAge = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly DuckDBConnection _connection;
    private readonly CrawlLogWriterOptions _options;
    private readonly CrawlLogRedactor _redactor;
    private readonly Dictionary<string, CrawlLogStagedTable> _tables;
    private readonly string _kind;
    private readonly byte[] _runIdUtf8;
    private bool _completed;

    private CrawlLogWriter(string logDirectory, string runId, string kind, CrawlLogRedactor redactor, CrawlLogWriterOptions options)
    {
        LogDirectory = logDirectory;
        RunId = runId;
        _runIdUtf8 = System.Text.Encoding.UTF8.GetBytes(runId);
        _kind = kind;
        _redactor = redactor;
        _options = options;
        StartedAt = options.TimeProvider.GetUtcNow();
        _connection = DuckDbConnections.Open(null, options.Threads ?? 1);
        _responsesConnection = DuckDbConnections.Another(_connection);
        _tables = CrawlLogTables.All.ToDictionary(
            t => t.Name,
            t => new CrawlLogStagedTable(
                t,
                t == CrawlLogTables.Responses ? _responsesConnection : _connection,
                CrawlLogFiles.PartitionDirectory(logDirectory, t.Name, StartedAt),
                runId));
        Log.RunStarted(options.Logger, kind, runId, logDirectory);
    }

    /// <summary>The run being written.</summary>
    public string RunId { get; }

    /// <summary>The log directory (the root of the hive-partitioned tables).</summary>
    public string LogDirectory { get; }

    /// <summary>When the run started; its UTC date names the partition.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Starts writing a run.</summary>
    /// <param name="logDirectory">The log root; created when missing.</param>
    /// <param name="runId">The run id (<see cref="CrawlRunId.New"/>); must satisfy <see cref="CrawlRunId.IsValid"/>.</param>
    /// <param name="kind">What the run is: <c>scan</c> or <c>collect</c>.</param>
    /// <param name="secretsToScrub">Passwords and tokens that must never be written; more via <see cref="RegisterSecret"/>.</param>
    /// <param name="options">Part size, clock, description; defaults when null.</param>
    public static CrawlLogWriter Create(
        string logDirectory,
        string runId,
        string kind,
        IEnumerable<string>? secretsToScrub = null,
        CrawlLogWriterOptions? options = null)
    {
        options = PrepareRun(logDirectory, runId, kind, options);
        return new CrawlLogWriter(Path.GetFullPath(logDirectory), runId, kind, new CrawlLogRedactor(secretsToScrub), options);
    }

    /// <summary>
    /// Checks a new run's arguments, creates <paramref name="logDirectory"/> and removes a dead writer's temp files;
    /// returns the options to use (the defaults when null). Shared with <see cref="ScanRunWriter"/>.
    /// </summary>
    internal static CrawlLogWriterOptions PrepareRun(string logDirectory, string runId, string kind, CrawlLogWriterOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(logDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (!CrawlRunId.IsValid(runId))
        {
            throw new ArgumentException($"'{runId}' is not a valid run id (letters, digits, '-', '_', '.').", nameof(runId));
        }

        options ??= new CrawlLogWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RowsPerPart, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CharsPerPart, 1, nameof(options));
        Directory.CreateDirectory(logDirectory);
        CrawlLogFiles.RemoveStaleTempFiles(logDirectory, StaleTempAge, options.TimeProvider);
        return options;
    }

    /// <summary>Adds a secret learned during the run (a session token) to scrub from every later row.</summary>
    public void RegisterSecret(string secret) => _redactor.AddSecret(secret);

    /// <summary>Adds one probe result to <c>scans</c>.</summary>
    public void AddScan(ScanLogRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Add(CrawlLogTables.Scans, row);
    }

    /// <summary>Adds forwarding-table rows to <c>switch_ports</c>.</summary>
    public void AddSwitchPorts(IEnumerable<SwitchPortRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            Add(CrawlLogTables.SwitchPorts, row);
        }
    }

    /// <summary>
    /// Adds one Redfish exchange to <c>responses</c>; its body is redacted first, on the caller's thread. The row
    /// reaches DuckDB in a batch on a background task; a part file that could not be written fails a later add.
    /// </summary>
    public void AddResponse(ResponseLogRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var body = _redactor.RedactBody(row.Body);
        var oDataType = row.ODataType ?? ODataTypeReader.FirstODataType(body);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            QueueResponse(row, body, oDataType);
        }
    }

    /// <summary>Adds mapped nodes to <c>nodes</c>, and each node's <see cref="ComputeNode.NetworkInterfaces"/> to <c>nics</c>.</summary>
    public void AddNodes(IEnumerable<ComputeNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        foreach (var node in nodes)
        {
            Add(CrawlLogTables.Nodes, node);
            AddNics(node.NetworkInterfaces);
            AddParts(node);
        }
    }

    /// <summary>Adds mapped BMCs to <c>bmcs</c>, and each BMC's <see cref="Bmc.NetworkInterfaces"/> to <c>nics</c>.</summary>
    public void AddBmcs(IEnumerable<Bmc> bmcs)
    {
        ArgumentNullException.ThrowIfNull(bmcs);
        foreach (var bmc in bmcs)
        {
            Add(CrawlLogTables.Bmcs, bmc);
            AddNics(bmc.NetworkInterfaces);
            AddAll(CrawlLogTables.Firmware, bmc.Firmware);
        }
    }

    /// <summary>Adds NICs to <c>nics</c>. Only for NICs not already inside a node or BMC passed to AddNodes/AddBmcs.</summary>
    public void AddNics(IEnumerable<NetworkInterface> nics)
    {
        ArgumentNullException.ThrowIfNull(nics);
        foreach (var nic in nics)
        {
            Add(CrawlLogTables.Nics, nic);
        }
    }

    /// <summary>Writes the remaining rows and the run's <c>runs</c> row; the writer is finished afterwards.</summary>
    public async Task<CrawlLogRunSummary> CompleteAsync(CrawlRunStatus status, CancellationToken cancellationToken)
    {
        return await Task.Run(() => Complete(status), cancellationToken);
    }

    /// <summary>Completes the run as <see cref="CrawlRunStatus.Partial"/> if it was not completed, then frees DuckDB.</summary>
    public async ValueTask DisposeAsync()
    {
        var completed = false;
        lock (_gate)
        {
            completed = _completed;
        }

        if (!completed)
        {
            await Task.Run(() => Complete(CrawlRunStatus.Partial));
        }
    }

    /// <summary>
    /// Stops the run without writing anything more (after a write failed, on a full disk say): the files already
    /// complete stay, there is no <c>runs</c> row, and DuckDB is freed. Later adds throw; disposing does nothing.
    /// </summary>
    public void Abandon()
    {
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            Release();
        }
    }

    private void Release()
    {
        StopAppendingResponses();
        foreach (var table in _tables.Values)
        {
            table.Dispose();
        }

        _responseBatches.Dispose();
        _responsesConnection.Dispose();
        _connection.Dispose();
    }

    private void Add<T>(CrawlLogRowTable<T> table, T row)
        where T : class
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_completed, this);
            var staged = _tables[table.Name];
            AppendRow(staged.Appender.CreateRow(), table, row);
            staged.RowAdded();
            if (staged.Staged >= _options.RowsPerPart)
            {
                staged.WritePart(final: false);
            }
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
                FlushResponses();
                var dataTables = CrawlLogTables.All.Where(t => t != CrawlLogTables.Runs).ToList();
                foreach (var table in dataTables)
                {
                    _tables[table.Name].WritePart(final: true);
                }

                var counts = dataTables.ToDictionary(t => t.Name, t => _tables[t.Name].Total);
                var runs = _tables[CrawlLogTables.Runs.Name];
                var run = _options.EndedRun(RunId, _kind, StartedAt, status) with
                {
                    Scans = counts[CrawlLogTables.Scans.Name],
                    Responses = counts[CrawlLogTables.Responses.Name],
                    Nodes = counts[CrawlLogTables.Nodes.Name],
                    Bmcs = counts[CrawlLogTables.Bmcs.Name],
                    Nics = counts[CrawlLogTables.Nics.Name],
                };
                AppendRow(runs.Appender.CreateRow(), CrawlLogTables.Runs, run);
                runs.RowAdded();
                runs.WritePart(final: true);
                Log.RunCompleted(
                    _options.Logger, RunId, run.Status, run.Responses, run.Scans, run.Bmcs, run.Nodes, _tables.Values.Sum(t => t.Files.Count));
                return new CrawlLogRunSummary
                {
                    RunId = RunId,
                    Status = status,
                    RowCounts = counts,
                    Files = [.. _tables.Values.SelectMany(t => t.Files)],
                };
            }
            catch (Exception ex) when (ex is IOException or DuckDBException)
            {
                Log.RunFailed(_options.Logger, RunId, ex.Message);
                throw;
            }
            finally
            {
                Release();
            }
        }
    }
}
