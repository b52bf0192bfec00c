using System.Globalization;
using System.Text;
using Discovery.Locate.Snmp;

namespace Discovery.Locate;

/// <summary>
/// Reads one switch's forwarding table: dot1qTpFdbPort first, dot1dTpFdbPort when the switch has no Q-BRIDGE rows,
/// then bridge port → ifIndex → ifName, and the LLDP remote names where the switch has them.
/// </summary>
internal static class SwitchWalker
{
    /// <summary>GETBULK max-repetitions: net-snmp's snmpbulkwalk default is 10; larger pages mean fewer round trips.</summary>
    public const int MaxRepetitions = 40;

    /// <summary>Walks the switch behind <paramref name="client"/>.</summary>
    /// <exception cref="SnmpException">The switch failed or refused us.</exception>
    public static async Task<SwitchTable> WalkAsync(string name, SnmpClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var source = "dot1qTpFdbPort";
        var rows = new List<(string Mac, int? Vlan, int Port)>();
        await foreach (var binding in client.WalkAsync(BridgeMib.Dot1qTpFdbPort, MaxRepetitions, cancellationToken))
        {
            var index = binding.Oid.After(BridgeMib.Dot1qTpFdbPort);
            if (index.Length == 7 && Mac(index[1..]) is { } mac)
            {
                rows.Add((mac, (int)index[0], (int)binding.Value.ToInt64()));
            }
        }

        if (rows.Count == 0)
        {
            source = "dot1dTpFdbPort";
            await foreach (var binding in client.WalkAsync(BridgeMib.Dot1dTpFdbPort, MaxRepetitions, cancellationToken))
            {
                var index = binding.Oid.After(BridgeMib.Dot1dTpFdbPort);
                if (index.Length == 6 && Mac(index) is { } mac)
                {
                    rows.Add((mac, null, (int)binding.Value.ToInt64()));
                }
            }
        }

        var ifIndexes = await ColumnAsync(client, BridgeMib.Dot1dBasePortIfIndex, v => (int)v.ToInt64(), cancellationToken);
        var ifNames = await ColumnAsync(client, BridgeMib.IfName, v => Encoding.UTF8.GetString(v.Bytes), cancellationToken);
        var neighbours = new Dictionary<int, string>();
        await foreach (var binding in client.WalkAsync(BridgeMib.LldpRemSysName, MaxRepetitions, cancellationToken))
        {
            var index = binding.Oid.After(BridgeMib.LldpRemSysName);
            if (index.Length >= 2)
            {
                neighbours[(int)index[1]] = Encoding.UTF8.GetString(binding.Value.Bytes);
            }
        }

        // Port 0 is "learnt, but on no port" (the switch's own MACs, RFC 4188 dot1dTpFdbPort).
        var entries = rows.Where(r => r.Port > 0).Select(r =>
        {
            int? ifIndex = ifIndexes.TryGetValue(r.Port, out var i) ? i : null;
            var ifName = ifIndex is { } known && ifNames.TryGetValue(known, out var n) && n.Length > 0 ? n : null;
            return new FdbEntry(r.Mac, r.Vlan, r.Port, ifIndex, ifName);
        }).ToList();
        return new SwitchTable(name, entries, neighbours, source, null);
    }

    private static async Task<Dictionary<int, T>> ColumnAsync<T>(SnmpClient client, ObjectIdentifier column, Func<SnmpValue, T> read, CancellationToken cancellationToken)
    {
        var values = new Dictionary<int, T>();
        await foreach (var binding in client.WalkAsync(column, MaxRepetitions, cancellationToken))
        {
            var index = binding.Oid.After(column);
            if (index.Length == 1)
            {
                values[(int)index[0]] = read(binding.Value);
            }
        }

        return values;
    }

    private static string? Mac(ReadOnlySpan<uint> arcs)
    {
        if (arcs.Length != 6)
        {
            return null;
        }

        var text = new StringBuilder(17);
        foreach (var arc in arcs)
        {
            if (arc > 255)
            {
                return null;
            }

            text.Append(text.Length == 0 ? string.Empty : ":").Append(arc.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
