using System.Globalization;
using System.Text;

namespace Discovery.Testing.Snmp;

/// <summary>
/// Writes an snmpsim <c>.snmprec</c> file (<c>OID|TAG|VALUE</c> lines in OID order) for a switch of <c>Ethernet1</c>..N
/// ports: system group, IF-MIB ifName, BRIDGE-MIB dot1dBasePortIfIndex (ifIndex = 1000 + port, so the two
/// differ), the forwarding table as Q-BRIDGE dot1qTpFdbPort (VLAN, MAC) or BRIDGE-MIB dot1dTpFdbPort, and LLDP
/// remote system names. The file name is the community (v2c) and the v3 context name snmpsim answers for.
/// </summary>
public sealed class SwitchRecording
{
    private readonly List<(uint[] Oid, string Line)> _lines = [];
    private readonly List<(string Mac, int Port, int Vlan)> _fdb = [];
    private readonly List<(int Port, string Name)> _neighbours = [];

    /// <summary>A switch named <paramref name="name"/> with <paramref name="ports"/> ports.</summary>
    public SwitchRecording(string name, int ports = 48)
    {
        Name = name;
        Ports = ports;
    }

    /// <summary>sysName and the file name.</summary>
    public string Name { get; }

    /// <summary>The number of ports.</summary>
    public int Ports { get; }

    /// <summary>Writes the old BRIDGE-MIB table instead of Q-BRIDGE (no VLANs).</summary>
    public bool BridgeMibOnly { get; init; }

    /// <summary>The forwarding-table entries so far.</summary>
    public int FdbEntries => _fdb.Count;

    /// <summary>The switch learnt <paramref name="mac"/> (any separator) on <paramref name="port"/> in <paramref name="vlan"/>.</summary>
    public SwitchRecording Learn(string mac, int port, int vlan)
    {
        ArgumentNullException.ThrowIfNull(mac);
        _fdb.Add((mac, port, vlan));
        return this;
    }

    /// <summary>LLDP sees <paramref name="systemName"/> behind <paramref name="port"/>.</summary>
    public SwitchRecording Neighbour(int port, string systemName)
    {
        _neighbours.Add((port, systemName));
        return this;
    }

    /// <summary>Writes <c>COMMUNITY.snmprec</c> (default: the switch's name) into <paramref name="directory"/> and returns its path.</summary>
    public string WriteTo(string directory, string? community = null)
    {
        var path = Path.Combine(directory, (community ?? Name) + ".snmprec");
        File.WriteAllText(path, Render());
        return path;
    }

    /// <summary>The file's text.</summary>
    public string Render()
    {
        _lines.Clear();
        Add("1.3.6.1.2.1.1.1.0", 4, $"discover test switch {Name}");
        Add("1.3.6.1.2.1.1.5.0", 4, Name);
        for (var port = 1; port <= Ports; port++)
        {
            Add($"1.3.6.1.2.1.31.1.1.1.1.{1000 + port}", 4, $"Ethernet{port}");
            Add($"1.3.6.1.2.1.17.1.4.1.2.{port}", 2, (1000 + port).ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (mac, port, vlan) in _fdb)
        {
            var index = string.Join('.', Bytes(mac));
            var oid = BridgeMibOnly ? $"1.3.6.1.2.1.17.4.3.1.2.{index}" : $"1.3.6.1.2.1.17.7.1.2.2.1.2.{vlan}.{index}";
            Add(oid, 2, port.ToString(CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < _neighbours.Count; i++)
        {
            Add($"1.0.8802.1.1.2.1.4.1.1.9.0.{_neighbours[i].Port}.{i + 1}", 4, _neighbours[i].Name);
        }

        var text = new StringBuilder();
        foreach (var (_, line) in _lines.OrderBy(l => l.Oid, ArcComparer.Instance))
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private void Add(string oid, int tag, string value) =>
        _lines.Add(([.. oid.Split('.').Select(a => uint.Parse(a, CultureInfo.InvariantCulture))], $"{oid}|{tag}|{value}"));

    private static IEnumerable<int> Bytes(string mac) =>
        Convert.FromHexString(mac.Replace(":", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)).Select(b => (int)b);

    private sealed class ArcComparer : IComparer<uint[]>
    {
        public static readonly ArcComparer Instance = new();

        public int Compare(uint[]? x, uint[]? y) => x.AsSpan().SequenceCompareTo(y.AsSpan());
    }
}
