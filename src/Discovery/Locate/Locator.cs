using Discovery.Credentials;
using Discovery.Locate.Map;
using Discovery.Locate.Snmp;
using Microsoft.Extensions.Logging;

namespace Discovery.Locate;

/// <summary>
/// The one locate entry point: walks every switch of a location map at once (each with its own timeout and
/// retries, so one dead or misconfigured switch never stops the others) and places every MAC found.
/// </summary>
internal sealed partial class Locator
{
    /// <summary>The default of <c>locate.uplink_macs</c>: an edge port rarely carries more (BMC, host NICs, a VM or two).</summary>
    public const int DefaultUplinkMacThreshold = 8;

    private readonly ISecretEntries? _secrets;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>A locator reading <c>secret:</c> references from <paramref name="secrets"/> (none: only <c>file:</c> works).</summary>
    public Locator(ISecretEntries? secrets, TimeProvider time, ILogger<Locator> logger)
    {
        _secrets = secrets;
        _time = time;
        _logger = logger;
    }

    /// <summary>Walks and places.</summary>
    public async Task<LocateReport> LocateAsync(LocationMap map, int uplinkMacThreshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        var tables = await Task.WhenAll(map.Switches.Select(s => WalkOneAsync(s, cancellationToken)));
        var locations = PlacementResolver.Resolve(map, tables, uplinkMacThreshold);
        LogLocated(_logger, map.Switches.Count, tables.Count(t => t.Error is null), locations.Count(l => l.Value.Status == PlacementStatus.Placed));
        var rows = new List<CrawlLog.SwitchPortRow>();
        foreach (var table in tables)
        {
            var uplinks = PlacementResolver.UplinkPorts(table, map.Switches.First(s => s.Name == table.Switch), map.Switches.Select(s => s.Name), uplinkMacThreshold);
            rows.AddRange(table.Entries.Select(e => new CrawlLog.SwitchPortRow
            {
                Switch = table.Switch, Port = e.BridgePort, IfName = e.IfName, Mac = e.Mac, Vlan = e.Vlan, Uplink = uplinks.Contains(e.BridgePort),
            }));
        }

        return new LocateReport(tables, locations) { MappedXnames = map.Switches.SelectMany(s => s.Ports.Values).ToHashSet(), Rows = rows };
    }

    private async Task<SwitchTable> WalkOneAsync(SwitchConfig config, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            var security = await SwitchSecurity.CreateAsync(config, _secrets, _time, cancellationToken);
            using var client = new SnmpClient(new SnmpEndpoint(config.Agent, config.Timeout, config.Retries), security, _time);
            var table = await SwitchWalker.WalkAsync(config.Name, client, cancellationToken);
            LogSwitchRead(_logger, config.Name, config.Agent.ToString(), table.Entries.Count, table.Source, client.DatagramsSent);
            return table;
        }
        catch (Exception ex) when (ex is SnmpException or LocateException)
        {
            var error = $"{config.Agent} ({(config.Version == SnmpVersion.V2c ? "v2c" : $"v3 user {config.User}")}): {ex.Message}";
            LogSwitchFailed(_logger, config.Name, error);
            return SwitchTable.Failed(config.Name, error);
        }
    }

    [LoggerMessage(EventId = LocateEventIds.SwitchRead, Level = LogLevel.Debug, Message = "Switch {Switch} at {Agent}: {Entries} FDB entries from {Source} in {Datagrams} requests")]
    private static partial void LogSwitchRead(ILogger logger, string @switch, string agent, int entries, string? source, int datagrams);

    [LoggerMessage(EventId = LocateEventIds.SwitchFailed, Level = LogLevel.Warning, Message = "Switch {Switch} could not be read: {Error}")]
    private static partial void LogSwitchFailed(ILogger logger, string @switch, string error);

    [LoggerMessage(EventId = LocateEventIds.Located, Level = LogLevel.Information, Message = "Located over {Switches} switches ({Read} read): {Placed} MACs placed")]
    private static partial void LogLocated(ILogger logger, int switches, int read, int placed);
}
