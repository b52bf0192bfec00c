using Discovery.Pipeline;
using DuckDB.NET.Data;

namespace Discovery.CrawlLog.Analysis;

/// <summary>
/// Says what went wrong in an offline analysis step (query, runs, diff, replay) in the pipeline's terms, so no caller
/// needs to know DuckDB: bad or refused SQL is bad input, a file error a crawl-log failure.
/// </summary>
internal static class CrawlLogErrors
{
    /// <summary>Runs <paramref name="step"/>, translating its failures.</summary>
    /// <exception cref="PipelineInputException">DuckDB refused the SQL (its message as is), or <c>logs query</c> would not run it (<c>logs query: ...</c>).</exception>
    /// <exception cref="CrawlLogException">A file of the log could not be read (<c>crawl log: ...</c>).</exception>
    public static async Task<T> TranslateAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return await step();
        }
        catch (CrawlLogQueryRefusedException ex)
        {
            throw new PipelineInputException($"logs query: {ex.Message}", ex);
        }
        catch (DuckDBException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PipelineInputException(ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new CrawlLogException($"crawl log: {ex.Message}", ex);
        }
    }
}
