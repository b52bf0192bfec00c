using System.Globalization;
using Discovery.Locate.Map;

namespace Discovery.Locate;

/// <summary>
/// Decides each MAC's edge port from every switch's table. A port is an uplink when the map names it one, when it
/// carries more than the threshold of distinct MACs, or when LLDP shows another switch of the map behind it. A MAC
/// seen on several switches (its own edge port, and the uplinks on the way there) resolves to its one edge port.
/// </summary>
internal static class PlacementResolver
{
    /// <summary>Every MAC in <paramref name="tables"/>, placed.</summary>
    public static IReadOnlyDictionary<string, MacLocation> Resolve(LocationMap map, IReadOnlyList<SwitchTable> tables, int uplinkMacThreshold)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(tables);
        var configs = map.Switches.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, List<(SwitchTable Table, FdbEntry Entry, bool Uplink)>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var config = configs[table.Switch];
            var uplinks = UplinkPorts(table, config, configs.Keys, uplinkMacThreshold);
            foreach (var entry in table.Entries)
            {
                if (!seen.TryGetValue(entry.Mac, out var list))
                {
                    seen[entry.Mac] = list = [];
                }

                if (!list.Any(o => o.Table == table && o.Entry.BridgePort == entry.BridgePort))
                {
                    list.Add((table, entry, uplinks.Contains(entry.BridgePort)));
                }
            }
        }

        var result = new Dictionary<string, MacLocation>(StringComparer.Ordinal);
        foreach (var (mac, list) in seen)
        {
            var where = list.Select(o => $"{o.Table.Switch}/{o.Entry.PortName}{(o.Uplink ? " (uplink)" : string.Empty)}").ToList();
            var edges = list.Where(o => !o.Uplink).ToList();
            if (edges.Count != 1)
            {
                result[mac] = new MacLocation { Mac = mac, Status = edges.Count == 0 ? PlacementStatus.UplinkOnly : PlacementStatus.Ambiguous, SeenOn = where };
                continue;
            }

            var (edgeTable, edge, _) = edges[0];
            var ports = configs[edgeTable.Switch].Ports;
            var xname = (edge.IfName is { } name && ports.TryGetValue(name, out var byName)) ? byName
                : ports.TryGetValue(edge.BridgePort.ToString(CultureInfo.InvariantCulture), out var byNumber) ? byNumber : null;
            result[mac] = new MacLocation
            {
                Mac = mac, Status = xname is null ? PlacementStatus.PortNotMapped : PlacementStatus.Placed, Switch = edgeTable.Switch,
                Port = edge.PortName, Vlan = edge.Vlan, Xname = xname?.ToString(), SeenOn = where,
            };
        }

        return result;
    }

    /// <summary>The bridge ports of <paramref name="table"/> that are uplinks by any of the three rules.</summary>
    public static HashSet<int> UplinkPorts(SwitchTable table, SwitchConfig config, IEnumerable<string> switchNames, int threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(config);
        var names = switchNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var uplinks = new HashSet<int>();
        foreach (var port in table.Entries.GroupBy(e => e.BridgePort))
        {
            var entry = port.First();
            var named = config.Uplinks.Contains(entry.PortName) || config.Uplinks.Contains(entry.BridgePort.ToString(CultureInfo.InvariantCulture));
            var crowded = port.Select(e => e.Mac).Distinct(StringComparer.Ordinal).Count() > threshold;
            var towardsSwitch = table.Neighbours.TryGetValue(port.Key, out var neighbour) && names.Contains(neighbour);
            if (named || crowded || towardsSwitch)
            {
                uplinks.Add(port.Key);
            }
        }

        return uplinks;
    }
}
