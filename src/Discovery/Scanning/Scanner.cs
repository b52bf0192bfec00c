using System.Net;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Discovery.Scanning.Mdns;
using Discovery.Scanning.Probes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Scanning;

/// <summary>
/// Runs a scan: every (address, port) Redfish probe, plus SSDP and IPMI probes when asked, with at most
/// <see cref="ScanRequest.Concurrency"/> in flight. Results stream out as probes finish, one per probe.
/// </summary>
/// <remarks>
/// Work items are enumerated lazily from the target set, so a /16 never exists as a list; a bounded channel
/// keeps a slow reader from piling up results. Each probe owns and disposes its socket, so open descriptors
/// never exceed the concurrency (xCAT's bmcdiscover dies near 1,100 BMCs on "Too many open files").
/// </remarks>
internal sealed partial class Scanner
{
    /// <summary>Batches of results that may wait for the reader (a sweep's batch holds at most <see cref="ConnectSweep.BatchSize"/>).</summary>
    private const int BatchesBuffered = 16;

    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates a scanner.</summary>
    /// <param name="timeProvider">Clock for probe latencies.</param>
    /// <param name="logger">Where the scan says what it does (start, each BMC, probe failures at Debug, end); none when null.</param>
    public Scanner(TimeProvider timeProvider, ILogger<Scanner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger<Scanner>.Instance;
    }

    /// <summary>How many probes <paramref name="request"/> makes (for progress bars).</summary>
    public static ulong CountProbes(ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var perHost = (ulong)request.Ports.Count + (request.Ssdp ? 1UL : 0) + (request.Ipmi ? 1UL : 0);
        return (request.Targets.Count * perHost) + (request.SsdpMulticast ? 1UL : 0) + (request.Mdns ? 1UL : 0);
    }

    /// <summary>Probes every target and yields one result per probe, in completion order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Concurrency, timeout or a port is out of range.</exception>
    public async IAsyncEnumerable<ProbeResult> ScanAsync(ScanRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Validate(request);
        using var redfish = new RedfishProbe(_timeProvider);
        var ipmi = new IpmiProbe(_timeProvider);
        var ssdp = new SsdpProbe(redfish, _timeProvider);
        var mdns = new MdnsProbe(redfish);
        // Results travel in batches: the connect sweep hands over each poll's worth at once (a lock taken per result,
        // against a reader taking it too, cost a /16 some 150,000 sched_yield calls); the other probes one at a time.
        var channel = Channel.CreateBounded<ProbeResult[]>(new BoundedChannelOptions(BatchesBuffered) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = _timeProvider.GetTimestamp();
        Log.ScanStarted(_logger, request.Targets.Count, CountProbes(request), request.Concurrency, request.Timeout.TotalMilliseconds);
        var producer = ProduceAsync(request, new Probes(redfish, ipmi, ssdp, mdns, _timeProvider), channel.Writer, stop.Token);
        long probes = 0, bmcs = 0;
        var finished = false;
        var heap = new HeapBudget();
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var result in batch)
                {
                    probes++;
                    bmcs += result.IsBmc ? 1 : 0;
                    if ((probes & 255) == 0)
                    {
                        heap.Check();
                    }

                    Log.Probe(_logger, result);
                    yield return result;
                }
            }

            finished = true;
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
            var elapsedMs = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
            if (finished)
            {
                Log.ScanFinished(_logger, elapsedMs, probes, bmcs);
            }
            else
            {
                Log.ScanStopped(_logger, elapsedMs, probes, bmcs);
            }
        }
    }

    /// <summary>
    /// Runs the scan to the end and returns the report; <paramref name="onProbe"/> (optional) sees every probe
    /// result as it arrives, on one thread at a time (progress display, crawl log rows).
    /// </summary>
    public async Task<ScanReport> RunAsync(
        ScanRequest request, Func<ProbeResult, CancellationToken, ValueTask>? onProbe, CancellationToken cancellationToken)
    {
        var report = new ScanReportBuilder();
        await foreach (var result in ScanAsync(request, cancellationToken))
        {
            report.Add(result);
            if (onProbe is not null)
            {
                await onProbe(result, cancellationToken);
            }
        }

        return report.Build();
    }

    private static async Task ProduceAsync(
        ScanRequest request, Probes probes, ChannelWriter<ProbeResult[]> writer, CancellationToken cancellationToken)
    {
        try
        {
            // On Linux the Redfish connects are swept by one thread (ConnectSweep); the other probes, and elsewhere all
            // of them, are taken by long-lived workers, each reusing its connect and deadline (ProbeSlot), rather than
            // a task and a timer per address; never more workers than probes. Both hold a turn of one budget per probe
            // in flight, so the concurrency bounds them together.
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var budget = new SemaphoreSlim(request.Concurrency, request.Concurrency);
            var sweep = NonBlockingConnect.IsSupported;
            using var items = WorkItems(request, redfish: !sweep).GetEnumerator();
            var gate = new Lock();
            var swept = sweep ? request.Targets.Count * (ulong)request.Ports.Count : 0UL;
            var workers = (int)Math.Min((ulong)request.Concurrency, CountProbes(request) - swept);
            var running = new List<Task>(workers + 1);
            if (sweep)
            {
                running.Add(ConnectSweep.RunAsync(request, probes.Redfish, probes.Time, writer, budget, failed));
            }

            for (var i = 0; i < workers; i++)
            {
                running.Add(WorkAsync(request, probes, writer, items, gate, budget, failed));
            }

            await Task.WhenAll(running);
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }

    // Takes work items until none are left; a failure stops the other workers (as Parallel.ForEachAsync would).
    private static async Task WorkAsync(
        ScanRequest request,
        Probes probes,
        ChannelWriter<ProbeResult[]> writer,
        IEnumerator<WorkItem> items,
        Lock gate,
        SemaphoreSlim budget,
        CancellationTokenSource failed)
    {
        await Task.Yield();
        var token = failed.Token;
        using var slot = new ProbeSlot(token);
        try
        {
            while (true)
            {
                await budget.WaitAsync(token);
                try
                {
                    if (!await ProbeNextAsync(request, probes, writer, items, gate, slot, token))
                    {
                        return;
                    }
                }
                finally
                {
                    budget.Release();
                }
            }
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
    }

    // Takes the next work item and writes its results; false when none are left.
    private static async ValueTask<bool> ProbeNextAsync(
        ScanRequest request, Probes probes, ChannelWriter<ProbeResult[]> writer, IEnumerator<WorkItem> items, Lock gate, ProbeSlot slot, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        WorkItem item;
        lock (gate)
        {
            if (!items.MoveNext())
            {
                return false;
            }

            item = items.Current;
        }

        if (item.Address is null)
        {
            // A multicast search: one work item, any number of results.
            var found = item.Kind == ProbeKind.Mdns
                ? probes.Mdns.SearchAsync(request.Targets, request.Ports, request.MdnsDuration, request.Timeout, token)
                : SsdpMulticastSearch.SearchAsync(probes.Ssdp, request.Targets, request.Timeout, token);
            await foreach (var answer in found)
            {
                await writer.WriteAsync([answer], token);
            }

            return true;
        }

        var result = item.Kind switch
        {
            ProbeKind.Ipmi => await probes.Ipmi.ProbeAsync(item.Address, request.IpmiPort, request.Timeout, token),
            ProbeKind.Ssdp => await probes.Ssdp.ProbeAsync(item.Address, request.SsdpPort, request.Timeout, token),
            _ => await probes.Redfish.ProbeAsync(item.Address, item.Port, request.Timeout, slot, token),
        };
        await writer.WriteAsync([result], token);
        return true;
    }

    // Every probe but, when the connect sweep takes them, the Redfish connects.
    private static IEnumerable<WorkItem> WorkItems(ScanRequest request, bool redfish)
    {
        if (request.Mdns)
        {
            yield return new WorkItem(null, default, ProbeKind.Mdns);
        }

        if (request.SsdpMulticast)
        {
            yield return new WorkItem(null, default, ProbeKind.Ssdp);
        }

        foreach (var address in request.Targets.Enumerate())
        {
            if (redfish)
            {
                foreach (var port in request.Ports)
                {
                    yield return new WorkItem(address, port, ProbeKind.Redfish);
                }
            }

            if (request.Ssdp)
            {
                yield return new WorkItem(address, default, ProbeKind.Ssdp);
            }

            if (request.Ipmi)
            {
                yield return new WorkItem(address, default, ProbeKind.Ipmi);
            }
        }
    }

    private static void Validate(ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Concurrency, 1, nameof(request));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Timeout, TimeSpan.Zero, nameof(request));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.MdnsDuration, TimeSpan.Zero, nameof(request));
        foreach (var port in request.Ports.Select(p => p.Port).Append(request.SsdpPort).Append(request.IpmiPort))
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(port, 1, nameof(request));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535, nameof(request));
        }
    }

    private readonly record struct WorkItem(IPAddress? Address, ScanPort Port, ProbeKind Kind);

    private sealed record Probes(RedfishProbe Redfish, IpmiProbe Ipmi, SsdpProbe Ssdp, MdnsProbe Mdns, TimeProvider Time);
}
