using Discovery.Credentials;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.CrawlLog;
using Discovery.Files;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// Writes a collect run to the crawl log: every exchange to <c>responses</c> (login and logout included, so
/// the row count equals the requests the BMCs saw), the mapped BMCs and nodes (with their NICs), and every
/// password and session token to the writer's scrub list before any row that could hold them.
/// A run with a failed BMC completes as <c>partial</c>; one that is disposed without completing (cancelled) too.
/// A run this class started survives a log that cannot be written (a full disk): the first failure is kept in
/// <see cref="Failure"/>, the run is abandoned, and the crawl goes on, so its results still reach the user and the store.
/// </summary>
internal sealed class CollectLogging : IAsyncDisposable
{
    private readonly CrawlLogWriter _writer;
    private readonly bool _ownsRun;
    private int _failures;
    private string? _failure;

    private CollectLogging(CrawlLogWriter writer, bool ownsRun)
    {
        _writer = writer;
        _ownsRun = ownsRun;
    }

    public string RunId => _writer.RunId;

    public string LogDirectory => _writer.LogDirectory;

    /// <summary>Logs BMCs into a run that <paramref name="writer"/>'s owner completes (a <c>discover run</c> pass).</summary>
    public static CollectLogging Over(CrawlLogWriter writer) => new(writer, ownsRun: false);

    /// <summary>True when a BMC of this collect was not ok.</summary>
    public bool AnyFailed => Volatile.Read(ref _failures) > 0;

    /// <summary>Why the log of a run this class started could not be written (naming the file), or null.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    /// <summary>Starts a run of <paramref name="kind"/> (<c>collect</c>) under <paramref name="logDirectory"/>.</summary>
    public static CollectLogging Start(
        string logDirectory, string kind, TimeProvider time, string? description, IJobProgress? progress = null, ILogger? logger = null) =>
        new(CrawlLogRuns.Create(logDirectory, kind, time, description, progress ?? NoProgress.Instance, logger), ownsRun: true);

    /// <summary>Wraps <paramref name="provider"/> so every password it hands out is scrubbed from the log.</summary>
    public ICredentialProvider Watch(ICredentialProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return new ScrubbingCredentialProvider(provider, _writer.RegisterSecret);
    }

    /// <summary>
    /// The request with this log attached: session tokens are registered as secrets, each BMC's result is
    /// written as it finishes; hooks already on <paramref name="request"/> still run.
    /// </summary>
    public CollectRequest Attach(CollectRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var innerToken = request.OnSessionToken;
        var innerResult = request.OnResult;
        return request with
        {
            OnSessionToken = token =>
            {
                _writer.RegisterSecret(token);
                innerToken?.Invoke(token);
            },
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

    /// <summary>Writes one BMC's exchanges and records.</summary>
    public void Add(BmcCollectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status != BmcCollectStatus.Ok)
        {
            Interlocked.Increment(ref _failures);
        }

        if (Failure is not null)
        {
            return;
        }

        try
        {
            foreach (var exchange in result.Exchanges)
            {
                _writer.AddResponse(ToRow(result.Target, exchange));
            }

            if (result.Bmc is { } bmc)
            {
                _writer.AddBmcs([bmc]);
            }

            _writer.AddNodes(result.Nodes);
        }
        catch (IOException ex) when (_ownsRun)
        {
            Fail(ex);
        }
        catch (ObjectDisposedException) when (Failure is not null)
        {
            // Another BMC's rows failed first and abandoned the run.
        }
    }

    /// <summary>
    /// Writes the last rows and the <c>runs</c> row: <c>complete</c>, or <c>partial</c> when a BMC was not ok. Null when
    /// the log could not be written (see <see cref="Failure"/>).
    /// </summary>
    public async Task<CrawlLogRunSummary?> CompleteAsync(CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return null;
        }

        try
        {
            return await _writer.CompleteAsync(Volatile.Read(ref _failures) > 0 ? CrawlRunStatus.Partial : CrawlRunStatus.Complete, cancellationToken);
        }
        catch (IOException ex) when (_ownsRun)
        {
            Fail(ex);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writer.DisposeAsync();
        }
        catch (IOException ex) when (_ownsRun)
        {
            Fail(ex);
        }
    }

    private void Fail(IOException exception)
    {
        var message = exception is CrawlLogException
            ? exception.Message
            : $"crawl log: could not write in {_writer.LogDirectory}: {DiskFull.Explain(exception)}";
        Interlocked.CompareExchange(ref _failure, message, null);
        _writer.Abandon();
    }

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
