using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog;

internal sealed partial class CrawlLogWriter
{
    // Small enough that a batch's rows die young: rows kept for long across collections reach the GC's old
    // generation, which grew the peak working set with a run's rows (batches of 2,048 rows: 775 MB for 1,000,000 rows,
    // 616 MB for 250,000). A hand-off costs microseconds, under 0.1 µs a row.
    private const int ResponseBatchRows = 256;

    // Responses are most of a run's rows and all of its bytes. The caller's thread redacts and encodes them
    // (ResponseBatch); a batch at a time they are appended (and their part files started) by one thread of the
    // writer's own, with its own connection, so redacting the next batch overlaps appending this one
    // (scripts/bench-crawl-log.sh: the appender's copies of 1-2 KB bodies cost about as much as redaction). One
    // thread, not a task per batch: DuckDB's allocator keeps memory per thread, and appends spread over pool threads
    // grew the peak working set. At most one batch waits while another is appended: memory grows by three batches.
    private readonly DuckDBConnection _responsesConnection;
    private readonly BlockingCollection<ResponseBatch> _responseBatches = new(boundedCapacity: 1);
    private readonly ConcurrentQueue<ResponseBatch> _spareBatches = new();
    private ResponseBatch _responseBatch = new(ResponseBatchRows);
    private Thread? _responseAppender;
    private volatile ExceptionDispatchInfo? _appendFailure;

    /// <summary>
    /// Under <see cref="_gate"/>: queues a response whose body is redacted (its other text is scrubbed and all of it
    /// encoded here, on the caller's thread); a full batch goes to the appending thread.
    /// </summary>
    private void QueueResponse(ResponseLogRow row, string? body, string? oDataType)
    {
        // A failed batch (a part file that could not be written) fails later adds, as a failed part did inline.
        _appendFailure?.Throw();
        _responseBatch.Add(row, body, oDataType, _redactor);
        if (_responseBatch.Count < ResponseBatchRows)
        {
            return;
        }

        if (_responseAppender is null)
        {
            _responseAppender = new Thread(AppendBatches) { IsBackground = true, Name = "crawl log appender" };
            _responseAppender.Start();
        }

        _responseBatches.Add(_responseBatch);
        _responseBatch = _spareBatches.TryDequeue(out var spare) ? spare : new ResponseBatch(ResponseBatchRows);
    }

    private void AppendBatches()
    {
        foreach (var batch in _responseBatches.GetConsumingEnumerable())
        {
            // After a failure the rest are dropped, but still taken, so an adder waiting for room is never stuck.
            if (_appendFailure is null)
            {
                try
                {
                    AppendResponses(batch);
                }
                catch (Exception ex)
                {
                    _appendFailure = ExceptionDispatchInfo.Capture(ex);
                }
            }

            batch.Clear();
            _spareBatches.Enqueue(batch);
        }
    }

    /// <summary>Under <see cref="_gate"/>: waits for the queued batches, then appends the rows still queued on this thread.</summary>
    private void FlushResponses()
    {
        StopAppendingResponses();
        _appendFailure?.Throw();
        AppendResponses(_responseBatch);
        _responseBatch.Clear();
    }

    private void AppendResponses(ResponseBatch batch)
    {
        var staged = _tables[CrawlLogTables.Responses.Name];
        for (var i = 0; i < batch.Count; i++)
        {
            batch.AppendTo(staged.Appender.CreateRow(), i, _runIdUtf8);
            staged.RowAdded(batch.CharsOf(i));
            if (staged.Staged >= _options.RowsPerPart || staged.StagedChars >= _options.CharsPerPart)
            {
                staged.WritePart(final: false);
            }
        }
    }

    /// <summary>Lets the appending thread finish its batches before DuckDB is freed (a failure stays in <see cref="_appendFailure"/>).</summary>
    private void StopAppendingResponses()
    {
        if (!_responseBatches.IsAddingCompleted)
        {
            _responseBatches.CompleteAdding();
        }

        _responseAppender?.Join();
        _responseAppender = null;
    }
}
