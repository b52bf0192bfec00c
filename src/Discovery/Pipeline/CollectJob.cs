using Discovery.Credentials;
using Microsoft.Extensions.Logging;
using Discovery.CrawlLog;

namespace Discovery.Pipeline;

/// <summary>
/// The entry point of <c>discover collect</c> and <c>discover crawl</c>: starts a crawl-log run (kind
/// <c>collect</c>), runs the <see cref="CollectSequence"/> into it, completes it (<c>partial</c> when a BMC was not
/// ok), then the store and SMD steps.
/// </summary>
internal sealed class CollectJob
{
    private readonly ICredentialProvider _credentials;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;

    /// <summary>Creates the job over its dependencies.</summary>
    public CollectJob(ICredentialProvider credentials, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _credentials = credentials;
        _time = time;
        _loggerFactory = loggerFactory;
    }

    /// <exception cref="PipelineInputException">The id map is bad (nothing was sent).</exception>
    public async Task<CollectJobResult> RunAsync(CollectJobRequest request, IJobProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        progress ??= NoProgress.Instance;
        var sequence = await CollectSequence.CreateAsync(request.Plan, _credentials, _time, _loggerFactory, cancellationToken);
        Redfish.Collect.CollectResult run;
        string? runId = null;
        await using (var logging = request.LogDirectory is { } directory
            ? CollectLogging.Start(directory, "collect", _time, request.Description, progress, _loggerFactory.CreateLogger<CrawlLogWriter>())
            : null)
        {
            run = await sequence.CollectAsync(request.Targets, logging, progress, cancellationToken);
            if (logging is not null)
            {
                runId = logging.RunId;
                await logging.CompleteAsync(cancellationToken);
            }
        }

        var (store, smd) = await sequence.PublishAsync(run.Results, cancellationToken);
        return new CollectJobResult { Run = run, RunId = runId, Store = store, Smd = smd };
    }
}
