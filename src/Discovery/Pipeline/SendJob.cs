using Discovery.CrawlLog;
using Discovery.Credentials;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// The entry point of <c>discover send</c>: reads the BMCs of a collect run from the crawl log (the newest by
/// default) and registers them with SMD through the same step as <c>collect --smd</c>.
/// </summary>
internal sealed partial class SendJob
{
    private readonly ICredentialProvider? _credentials;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<SendJob> _logger;

    /// <summary>Creates the job; <paramref name="credentials"/> gives each BMC's account (and password, if sent).</summary>
    public SendJob(ICredentialProvider? credentials, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _credentials = credentials;
        _time = time;
        _loggers = loggerFactory;
        _logger = loggerFactory.CreateLogger<SendJob>();
    }

    /// <exception cref="PipelineInputException">The run is missing or not a collect run.</exception>
    /// <exception cref="CrawlLogException">DuckDB or the file system could not read the crawl log (<c>crawl log: ...</c>).</exception>
    public async Task<SendJobResult> RunAsync(SendJobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var (runId, inventories) = await CrawlLogSource.LoadAsync(request.LogDirectory, request.RunId, cancellationToken);
            LogSendSource(_logger, inventories.Count, runId);
            var smd = await SmdStep.RegisterAsync(request.Smd, request.StateDirectory, inventories, _credentials, request.FallbackUser, _time, _loggers, cancellationToken);
            return new SendJobResult($"collect run {runId}", inventories.Count, smd);
        }
        catch (Exception ex) when (ex is DuckDBException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw new CrawlLogException($"crawl log: {ex.Message}", ex);
        }
    }
}
