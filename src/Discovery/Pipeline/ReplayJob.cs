using Discovery.CrawlLog.Analysis;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The entry point of <c>discover logs replay</c>: re-runs mapping and xname assignment over a run's stored
/// responses (<see cref="CrawlReplay"/>), without touching a BMC, to check a mapper change against an old crawl.
/// </summary>
internal sealed partial class ReplayJob(ILoggerFactory loggerFactory)
{
    private readonly ILogger<ReplayJob> _logger = loggerFactory.CreateLogger<ReplayJob>();

    /// <exception cref="PipelineInputException">The run is not in the log, or the id map is bad.</exception>
    public async Task<ReplayJobResult> RunAsync(ReplayJobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var assigner = await IdMapAssigner.CreateAsync(request.IdMapPath, cancellationToken);
        using var query = CrawlLogQuery.Open(request.LogDirectory);
        await CrawlLogRuns.RequireAsync(query, [request.RunId], cancellationToken);
        var responses = await query.ReadResponsesAsync(request.RunId, cancellationToken);
        var records = CrawlReplay.Map(responses, assigner);
        LogReplayDone(_logger, request.RunId, records.Count, responses.Count);
        return new ReplayJobResult(request.RunId, records, responses.Count);
    }
}
