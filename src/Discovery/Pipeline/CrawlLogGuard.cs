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

    /// <summary>Guards <paramref name="writer"/>, which this guard completes or disposes.</summary>
    public CrawlLogGuard(CrawlLogWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Writer = writer;
    }

    /// <summary>The run's writer; write through <see cref="Write"/> so a failure is kept.</summary>
    public CrawlLogWriter Writer { get; }

    public string RunId => Writer.RunId;

    public string LogDirectory => Writer.LogDirectory;

    /// <summary>Why the run could not be written (naming the file, saying when the disk is full), or null.</summary>
    public string? Failure => Volatile.Read(ref _failure);

    /// <summary>Runs <paramref name="write"/> on the writer unless the run already failed; a failure is kept.</summary>
    public void Write<TState>(TState state, Action<CrawlLogWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (Failure is not null)
        {
            return;
        }

        try
        {
            write(Writer, state);
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
            return await Writer.CompleteAsync(status, cancellationToken);
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
            await Writer.DisposeAsync();
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
            : $"crawl log: could not write in {Writer.LogDirectory}: {DiskFull.Explain(exception)}";
        Interlocked.CompareExchange(ref _failure, message, null);
        Writer.Abandon();
    }
}
