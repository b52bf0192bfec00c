using Discovery.Credentials;
using Discovery.Records.Xnames;
using Discovery.Redfish.Http;
using Discovery.Redfish.Tls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Redfish.Collect;

/// <summary>
/// The collect pipeline's one entry point: for each BMC, one session, a polite crawl, mapping to records.
/// A failing BMC is a result with a status, never an exception; only cancellation propagates.
/// </summary>
internal sealed partial class Collector
{
    private readonly ICredentialProvider _credentials;
    private readonly IXnameAssigner _xnames;
    private readonly RedfishClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates a collector.</summary>
    /// <param name="credentials">Where each BMC's user name and password come from.</param>
    /// <param name="xnames">Names BMCs (and, through it, their nodes).</param>
    /// <param name="options">Client politeness, timeouts and TLS; defaults when null.</param>
    /// <param name="time">Clock for timestamps and retry delays; the system clock when null.</param>
    /// <param name="logger">
    /// Where the run and each BMC's collection, HTTP retries and crawl say what they do (never a password or
    /// token); none when null.
    /// </param>
    public Collector(
        ICredentialProvider credentials, IXnameAssigner xnames, RedfishClientOptions? options = null, TimeProvider? time = null, ILogger<Collector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(xnames);
        _credentials = credentials;
        _xnames = xnames;
        _options = options ?? new RedfishClientOptions();
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<Collector>.Instance;
    }

    /// <summary>Collects every target of <paramref name="request"/>, up to <see cref="CollectRequest.MaxParallelBmcs"/> at once.</summary>
    /// <param name="request">Targets and run settings.</param>
    /// <param name="progress">Told about each BMC as it finishes (any order, exchanges included); may be null.</param>
    /// <param name="cancellationToken">Cancels the run; open sessions are still deleted.</param>
    /// <returns>A result per target, in target order.</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<CollectResult> CollectAsync(CollectRequest request, IProgress<BmcCollectResult>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxParallelBmcs, 1);
        var started = _time.GetTimestamp();
        var trust = await TlsTrust.LoadAsync(_options.Tls, cancellationToken);
        var collector = new BmcCollector(_credentials, _xnames, _options, trust, _time, _logger);
        var results = new BmcCollectResult[request.Targets.Count];
        Log.CollectStarted(_logger, request.Targets.Count, request.MaxParallelBmcs, request.Profile);
        // --parallel crawl slots, each crawling one BMC at a time. A BMC holds its slot while it is crawled, not during
        // its logout and mapping: the next BMC logs in as soon as one has no more GETs to send, so the logout (one round
        // trip with one request in flight) is not on the run's critical path. That next BMC has read its service root
        // already, on a request a slot's crawl left unused, and goes to the first slot free (CollectRun, CrawlTurn).
        // Every BMC still logs out and is reported before this returns, also when cancelled.
        // But no more than as many again may be logging out and being mapped: when mapping falls behind the crawl (a fast
        // fleet), BMCs waiting for it would pile up with their documents, and memory would grow with the fleet, not
        // with --parallel. A BMC counts from its login (one waiting with its service root holds little).
        var run = new CollectRun(collector, request, _options.MaxRequestsPerBmc, progress, results, cancellationToken);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Math.Min(request.MaxParallelBmcs, request.Targets.Count)).Select(_ => run.SlotAsync()));
        }
        finally
        {
            await run.FinishAsync();
        }

        Log.Finished(_logger, _time.GetElapsedTime(started), results);
        await trust.SavePinsAsync(_options.Tls, cancellationToken);

        return new CollectResult { Results = results, Elapsed = _time.GetElapsedTime(started) };
    }
}
