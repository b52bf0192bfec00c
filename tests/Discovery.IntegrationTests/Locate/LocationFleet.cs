using System.Globalization;
using System.Net;
using System.Text;
using Discovery.MockBmc;
using Discovery.Testing;
using Discovery.Testing.Mockups;
using Discovery.Testing.Snmp;

namespace Discovery.IntegrationTests.Locate;

/// <summary>
/// A 40-BMC mock fleet cabled to two simulated 48-port switches served by snmpsim: BMCs 0-19 on leaf1 Ethernet1-20
/// (read with v2c), 20-38 on leaf2 Ethernet1-19 (read with v3 authPriv, SHA-256 + AES-128), BMC 39 only on both
/// uplinks (Ethernet48: leaf1 names it an uplink, leaf2's is one by its MAC count). BMC MACs are in VLAN 10, a host
/// MAC per port in VLAN 20. The map names EthernetN of leaf1 x3000cs{N}b0 and of leaf2 x3001c0s{N}b0.
/// </summary>
internal sealed class LocationFleet : IAsyncDisposable
{
    public const int Count = 40;
    public const string Password = "Locate-Pass-1618";
    public const string Community = "ro-leaf-7261";
    public const string V3User = "ops";
    public const string V3Auth = "leaf2-auth-pass";
    public const string V3Priv = "leaf2-priv-pass";

    private readonly TempDirectory _temp;
    private readonly Dictionary<int, (string Switch, int Port)> _cabling = [];
    private SnmpAgentProcess? _agent;

    private LocationFleet(TempDirectory temp, MockFleet fleet)
    {
        _temp = temp;
        Fleet = fleet;
        for (var i = 0; i < Count - 1; i++)
        {
            _cabling[i] = i < 20 ? ("leaf1", i + 1) : ("leaf2", i - 19);
        }
    }

    public MockFleet Fleet { get; }

    public string MapPath => _temp.File("location.yaml");

    public string PasswordFile => _temp.File("bmc.pass");

    /// <summary>The xname the map gives BMC <paramref name="index"/> (null for the one seen only on uplinks).</summary>
    public string? ExpectedXname(int index) =>
        _cabling.TryGetValue(index, out var at) ? $"x{(at.Switch == "leaf1" ? 3000 : 3001)}c0s{at.Port}b0" : null;

    public static async Task<LocationFleet> StartAsync(TempDirectory temp, string firstAddress, CancellationToken cancellationToken)
    {
        SnmpAgentProcess.Require("snmpsimd", "snmpsim");
        var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Count = Count, FirstAddress = IPAddress.Parse(firstAddress), Password = Password },
            cancellationToken);
        var located = new LocationFleet(temp, fleet);
        await File.WriteAllTextAsync(located.PasswordFile, Password + "\n", cancellationToken);
        await located.WriteSecretsAsync(Community, V3Auth, cancellationToken);
        await located.RestartSwitchesAsync(cancellationToken);
        return located;
    }

    /// <summary>Writes the v2c community file and the v3 password file the map refers to.</summary>
    public async Task WriteSecretsAsync(string community, string v3Auth, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(_temp.File("leaf1.community"), community + "\n", cancellationToken);
        await File.WriteAllTextAsync(_temp.File("leaf2.v3"), $"{v3Auth}\n{V3Priv}\n", cancellationToken);
    }

    /// <summary>Recables BMC <paramref name="index"/> to <paramref name="port"/> of <paramref name="switchName"/> and restarts the switches.</summary>
    public Task MoveAsync(int index, string switchName, int port, CancellationToken cancellationToken)
    {
        _cabling[index] = (switchName, port);
        return RestartSwitchesAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_agent is not null)
        {
            await _agent.DisposeAsync();
        }

        await Fleet.DisposeAsync();
    }

    private async Task RestartSwitchesAsync(CancellationToken cancellationToken)
    {
        if (_agent is not null)
        {
            await _agent.DisposeAsync();
        }

        var data = _temp.File("snmprec");
        Directory.CreateDirectory(data);
        var leaf1 = new SwitchRecording("leaf1");
        var leaf2 = new SwitchRecording("leaf2");
        for (var i = 0; i < Count; i++)
        {
            var mac = Fleet.Instances[i].ManagerMac ?? throw new InvalidOperationException("the mockup has no manager MAC");
            var host = $"02:00:00:00:{i / 256:x2}:{i % 256:x2}";
            if (_cabling.TryGetValue(i, out var at))
            {
                var (edge, uplink) = at.Switch == "leaf1" ? (leaf1, leaf2) : (leaf2, leaf1);
                edge.Learn(mac, at.Port, 10).Learn(host, at.Port, 20);
                uplink.Learn(mac, 48, 10).Learn(host, 48, 20);
            }
            else
            {
                leaf1.Learn(mac, 48, 10);
                leaf2.Learn(mac, 48, 10);
            }
        }

        leaf1.WriteTo(data, Community);
        leaf2.WriteTo(data);
        _agent = await SnmpAgentProcess.StartSnmpsimAsync(data, _temp.File("snmpsim-cache"),
            [$"--v3-user={V3User}", $"--v3-auth-key={V3Auth}", "--v3-auth-proto=SHA256", $"--v3-priv-key={V3Priv}", "--v3-priv-proto=AES"],
            cancellationToken);
        await File.WriteAllTextAsync(MapPath, Map(_agent.Port), cancellationToken);
    }

    private static string Map(int port)
    {
        var text = new StringBuilder($"""
            # two leaf switches on loopback (snmpsim)
            switches:
              - name: leaf1
                address: 127.0.0.1
                port: {port}
                snmp: v2c
                credentials: file:leaf1.community
                timeout: 1s
                retries: 1
                uplinks: [Ethernet48]
                ports:

            """);
        Ports(text, 3000);
        text.Append(CultureInfo.InvariantCulture, $"""
              - name: leaf2
                address: 127.0.0.1
                port: {port}
                snmp: v3
                user: {V3User}
                auth: sha256
                context: leaf2
                credentials: file:leaf2.v3
                timeout: 1s
                retries: 1
                ports:

            """);
        Ports(text, 3001);
        return text.ToString();
    }

    private static void Ports(StringBuilder text, int cabinet)
    {
        for (var port = 1; port <= 47; port++)
        {
            text.Append(CultureInfo.InvariantCulture, $"      Ethernet{port}: x{cabinet}c0s{port}b0\n");
        }
    }
}
