using Discovery.Credentials;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.CrawlLog;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// Writes a collect run to the crawl log: every exchange to <c>responses</c> (login and logout included, so
/// the row count equals the requests the BMCs saw), the mapped BMCs and nodes (with their NICs), and every
/// password to the writer's scrub list before any row that could hold it. A session token is masked by the one
/// connection that holds it (RedfishConnection), in every body it reads: only that BMC's bodies can show it, and a
/// writer-wide list of every BMC's token made each row's scrub slower as the fleet grew.
/// A run with a failed BMC completes as <c>partial</c>; one that is disposed without completing (cancelled) too.
/// A run survives a log that cannot be written (a full disk): the first failure is kept in <see cref="Failure"/>, the
/// run is abandoned, and the crawl goes on, so its results still reach the user and the store (see <see cref="CrawlLogGuard"/>).
/// </summary>
internal sealed class CollectLogging : IAsyncDisposable
{
    private readonly CrawlLogGuard _log;
    private int _failures;

    private CollectLogging(CrawlLogGuard log) => _log = log;

    public string RunId => _log.RunId;

    public string LogDirectory => _log.LogDirectory;

    /// <summary>
    /// Logs BMCs into a run that <paramref name="log"/>'s owner completes (a <c>discover run</c> pass); a failed write
    /// is kept in <paramref name="log"/>, shared with the pass's scan.
    /// </summary>
    public static CollectLogging Over(CrawlLogGuard log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new(log);
    }

    /// <summary>True when a BMC of this collect was not ok.</summary>
    public bool AnyFailed => Volatile.Read(ref _failures) > 0;

    /// <summary>Why the log could not be written (naming the file), or null.</summary>
    public string? Failure => _log.Failure;

    /// <summary>Starts a run of <paramref name="kind"/> (<c>collect</c>) under <paramref name="logDirectory"/>.</summary>
    public static CollectLogging Start(
        string logDirectory, string kind, TimeProvider time, string? description, IJobProgress? progress = null, ILogger? logger = null) =>
        new(new CrawlLogGuard(CrawlLogRuns.Create(logDirectory, kind, time, description, progress ?? NoProgress.Instance, logger)));

    /// <summary>Wraps <paramref name="provider"/> so every password it hands out is scrubbed from the log.</summary>
    public ICredentialProvider Watch(ICredentialProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new ScrubbingCredentialProvider(provider, _log.Writer.RegisterSecret);
    }

    /// <summary>
    /// The request with this log attached: each BMC's result is written as it finishes; hooks already on
    /// <paramref name="request"/> still run.
    /// </summary>
    public CollectRequest Attach(CollectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var innerResult = request.OnResult;
        return request with
        {
            OnResult = async (result, cancellationToken) =>
            {
                Add(result);
                if (innerResult is not null)
                {
                    await innerResult(result, cancellationToken);
                }
            },
        };
    }

    /// <summary>Writes the switches' forwarding tables to <c>switch_ports</c> (nothing once the log has failed).</summary>
    public void AddSwitchPorts(IReadOnlyList<SwitchPortRow> rows) =>
        _log.Write(rows, static (writer, rows) => writer.AddSwitchPorts(rows));

    /// <summary>Writes one BMC's exchanges and records (nothing once the log has failed).</summary>
    public void Add(BmcCollectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status != BmcCollectStatus.Ok)
        {
            Interlocked.Increment(ref _failures);
        }

        _log.Write(result, static (writer, result) =>
        {
            foreach (var exchange in result.Exchanges)
            {
                writer.AddResponse(ToRow(result.Target, exchange));
            }

            if (result.Bmc is { } bmc)
            {
                writer.AddBmcs([bmc]);
            }

            writer.AddNodes(result.Nodes);
        });
    }

    /// <summary>
    /// Writes the last rows and the <c>runs</c> row: <c>complete</c>, or <c>partial</c> when a BMC was not ok. Null when
    /// the log could not be written (see <see cref="Failure"/>).
    /// </summary>
    public Task<CrawlLogRunSummary?> CompleteAsync(CancellationToken cancellationToken) =>
        _log.CompleteAsync(AnyFailed ? CrawlRunStatus.Partial : CrawlRunStatus.Complete, cancellationToken);

    public ValueTask DisposeAsync() => _log.DisposeAsync();

    internal static ResponseLogRow ToRow(BmcTarget target, RedfishExchange exchange) => new()
    {
        Timestamp = exchange.StartedAt,
        Bmc = target.Host,
        Port = target.Port,
        Method = exchange.Method,
        Uri = exchange.Uri,
        Status = exchange.Status,
        ElapsedMs = exchange.Elapsed.TotalMilliseconds,
        Bytes = exchange.Bytes,
        ETag = exchange.ETag,
        ODataType = exchange.ODataType,
        Body = exchange.Body,
        Error = exchange.Error,
    };
}
