using Discovery.Scanning.Probes;
using Discovery.CrawlLog;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// Writes a scan run to the crawl log's <c>scans</c> table: one row per probe, BMC or not, so a later
/// <c>discover logs query</c> can tell which hosts were closed, timed out or answered something other than Redfish.
/// </summary>
internal sealed class ScanLogging : IAsyncDisposable
{
    private readonly CrawlLogWriter _writer;
    private readonly TimeProvider _time;

    private ScanLogging(CrawlLogWriter writer, TimeProvider time)
    {
        _writer = writer;
        _time = time;
    }

    public string RunId => _writer.RunId;

    /// <summary>Logs probes into a run that <paramref name="writer"/>'s owner completes (a <c>discover run</c> pass).</summary>
    public static ScanLogging Over(CrawlLogWriter writer, TimeProvider time) => new(writer, time);

    /// <summary>Starts a scan run under <paramref name="logDirectory"/>.</summary>
    public static ScanLogging Start(string logDirectory, TimeProvider time, string description, IJobProgress progress, ILogger? logger = null) =>
        new(CrawlLogRuns.Create(logDirectory, "scan", time, description, progress, logger), time);

    /// <summary>Adds one finished probe; its start is taken as now minus its latency.</summary>
    public void Add(ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _writer.AddScan(ToRow(result, _time.GetUtcNow() - result.Latency));
    }

    public Task<CrawlLogRunSummary> CompleteAsync(CancellationToken cancellationToken) =>
        _writer.CompleteAsync(CrawlRunStatus.Complete, cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    internal static ScanLogRow ToRow(ProbeResult result, DateTimeOffset startedAt) => new()
    {
        Timestamp = startedAt,
        Address = result.Address.ToString(),
        Port = result.Port,
        Probe = result.Kind switch
        {
            ProbeKind.Redfish => "redfish_root",
            ProbeKind.Ssdp => "ssdp",
            ProbeKind.Ipmi => "ipmi_rmcp",
            _ => result.Kind.ToString().ToLowerInvariant(),
        },
        Status = SnakeCase(result.Outcome),
        ElapsedMs = result.Latency.TotalMilliseconds,
        RedfishVersion = result.ServiceRoot?.RedfishVersion,
        ServiceUuid = result.ServiceRoot?.Uuid,
        Vendor = result.ServiceRoot?.Vendor,
        Product = result.ServiceRoot?.Product,
        Error = result.Error,
    };

    private static string SnakeCase(ProbeOutcome outcome) => outcome switch
    {
        ProbeOutcome.NotRedfish => "not_redfish",
        ProbeOutcome.TlsFailed => "tls_failed",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
