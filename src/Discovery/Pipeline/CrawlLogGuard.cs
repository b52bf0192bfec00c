using Discovery.CrawlLog;
using Discovery.Files;

namespace Discovery.Pipeline;

/// <summary>
/// One crawl-log run that a job survives when it cannot be written (a full disk): the first <see cref="IOException"/>
/// of any write, completion or disposal is kept in <see cref="Failure"/> and the run is abandoned (no half file,
/// no <c>runs</c> row); later writes do nothing, so the scan or crawl goes on and its results still reach the user,
/// the store and SMD. Shared by the scan and collect loggings of a <c>discover run</c> pass, which write one run.
/// </summary>
internal sealed class CrawlLogGuard : IAsyncDisposable
{
    private string? _failure;

    private readonly ICrawlLogRun _run;
    private readonly CrawlLogWriter? _writer;

    /// <summary>Guards <paramref name="writer"/>, which this guard completes or disposes.</summary>
    public CrawlLogGuard(CrawlLogWriter writer)
        : this((ICrawlLogRun)writer)
    {
        _writer = writer;
    }

    /// <summary>Guards a run that only logs probes (a plain scan's <see cref="ScanRunWriter"/>).</summary>
    public CrawlLogGuard(ICrawlLogRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _run = run;
    }

    /// <summary>The run's writer; write through <see cref="Write"/> so a failure is kept.</summary>
    /// <exception cref="InvalidOperationException">The run only logs probes.</exception>
    public CrawlLogWriter Writer => _writer ?? throw new InvalidOperationException($"crawl-log run {_run.RunId} only logs probes");

    public string RunId => _run.RunId;

    public string LogDirectory => _run.LogDirectory;

    /// <summary>Why the run could not be written (naming the file, saying when the disk is full), or null.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    /// <summary>Adds one probe row unless the run already failed; a failure is kept.</summary>
    public void AddScan(ScanLogRow row) => Guard(row, static (run, row) => run.AddScan(row));

    /// <summary>Runs <paramref name="write"/> on the writer unless the run already failed; a failure is kept.</summary>
    public void Write<TState>(TState state, Action<CrawlLogWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Guard((Writer, state, write), static (_, s) => s.write(s.Writer, s.state));
    }

    private void Guard<TState>(TState state, Action<ICrawlLogRun, TState> write)
    {
        if (Failure is not null)
        {
            return;
        }

        try
        {
            write(_run, state);
        }
        catch (IOException ex)
        {
            Fail(ex);
        }
        catch (ObjectDisposedException) when (Failure is not null)
        {
            // Another thread's write failed first and abandoned the run.
        }
    }

    /// <summary>Writes the last rows and the <c>runs</c> row; null when the run could not be written (see <see cref="Failure"/>).</summary>
    public async Task<CrawlLogRunSummary?> CompleteAsync(CrawlRunStatus status, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return null;
        }

        try
        {
            return await _run.CompleteAsync(status, cancellationToken);
        }
        catch (IOException ex)
        {
            Fail(ex);
            return null;
        }
    }

    /// <summary>Completes the run as partial if it was not completed (a cancelled job), keeping a failure.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _run.DisposeAsync();
        }
        catch (IOException ex)
        {
            Fail(ex);
        }
    }

    private void Fail(IOException exception)
    {
        var message = exception is CrawlLogException
            ? exception.Message
            : $"crawl log: could not write in {_run.LogDirectory}: {DiskFull.Explain(exception)}";
        Interlocked.CompareExchange(ref _failure, message, null);
        _run.Abandon();
    }
}
