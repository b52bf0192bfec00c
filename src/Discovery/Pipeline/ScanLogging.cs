using Discovery.Scanning.Probes;
using Discovery.CrawlLog;
using Microsoft.Extensions.Logging;

namespace Discovery.Pipeline;

/// <summary>
/// Writes a scan run to the crawl log's <c>scans</c> table: one row per probe, BMC or not, so a later
/// <c>discover logs query</c> can tell which hosts were closed, timed out or answered something other than Redfish.
/// A log that cannot be written (a full disk) does not stop the scan: see <see cref="CrawlLogGuard"/>.
/// </summary>
internal sealed class ScanLogging : IAsyncDisposable
{
    /// <summary>
    /// Probe rows per part file. A /16 writes 65,536 small rows, four files of 16,384; a part is held encoded
    /// (about 100 bytes a row) until it is written.
    /// </summary>
    public const int RowsPerPart = 16_384;

    private readonly CrawlLogGuard _log;
    private readonly TimeProvider _time;

    private ScanLogging(CrawlLogGuard log, TimeProvider time)
    {
        _log = log;
        _time = time;
    }

    public string RunId => _log.RunId;

    /// <summary>Why the log could not be written (naming the file, saying when the disk is full), or null.</summary>
    public string? Failure => _log.Failure;

    /// <summary>Logs probes into a run that <paramref name="log"/>'s owner completes (a <c>discover run</c> pass).</summary>
    public static ScanLogging Over(CrawlLogGuard log, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new(log, time);
    }

    /// <summary>Starts a scan run under <paramref name="logDirectory"/>; it logs probes only, so DuckDB is never loaded.</summary>
    public static ScanLogging Start(string logDirectory, TimeProvider time, string description, IJobProgress progress, ILogger? logger = null) =>
        new(new CrawlLogGuard(CrawlLogRuns.CreateScanRun(logDirectory, time, description, progress, logger, RowsPerPart)), time);

    /// <summary>Adds one finished probe (nothing once the log has failed); its start is taken as now minus its latency.</summary>
    public void Add(ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _log.AddScan(ToRow(result, _time.GetUtcNow() - result.Latency));
    }

    /// <summary>Writes the probes and the <c>runs</c> row; null when the log could not be written (see <see cref="Failure"/>).</summary>
    public Task<CrawlLogRunSummary?> CompleteAsync(CancellationToken cancellationToken) =>
        _log.CompleteAsync(CrawlRunStatus.Complete, cancellationToken);

    public ValueTask DisposeAsync() => _log.DisposeAsync();

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
            ProbeKind.Mdns => "mdns",
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
        // Spelled out so a /16's 65,536 rows share a handful of strings.
        ProbeOutcome.Bmc => "bmc",
        ProbeOutcome.NotRedfish => "not_redfish",
        ProbeOutcome.Closed => "closed",
        ProbeOutcome.Timeout => "timeout",
        ProbeOutcome.TlsFailed => "tls_failed",
        ProbeOutcome.Unreachable => "unreachable",
        ProbeOutcome.Answered => "answered",
        ProbeOutcome.Error => "error",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
