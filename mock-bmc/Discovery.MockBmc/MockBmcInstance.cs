using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Discovery.MockBmc.Udp;
using Discovery.MockBmc.Hosting;
using Discovery.MockBmc.Http;
using Discovery.MockBmc.Mockups;
using Discovery.MockBmc.Power;

namespace Discovery.MockBmc;

/// <summary>One simulated BMC of a <see cref="MockFleet"/>: its address, identity, counters and faults.</summary>
public sealed class MockBmcInstance
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _stopGate = new();
    private FaultState _faultState;
    private InstanceServer? _server;
    private UdpResponder? _ssdp;
    private UdpResponder? _ipmi;
    private readonly Lazy<SslServerAuthenticationOptions>? _tls;
    private Task? _stopTask;

    internal MockBmcInstance(int index, IPAddress address, MockupTree tree, MockFleetOptions options, TimeProvider time, FleetCertificateAuthority? authority)
    {
        Index = index;
        Address = address;
        Tree = tree;
        Options = options;
        Time = time;
        Identity = new MockIdentity(tree, index, options.Seed, options.Identity, address);
        TokenArray = tree.Tokens.ToArray();
        _faultState = new FaultState(options.InstanceFaults.GetValueOrDefault(index) ?? options.Faults);
        Sessions = new SessionStore(options.SessionLimit, Counters, time);
        Power = new PowerModel(tree, time, options.PowerDelay);
        ServiceUuid = (tree.ServiceUuid is null
            ? IdentityGenerator.Uuid("00000000-0000-4000-8000-000000000000", options.Seed, index)
            : Identity.MapUuid(tree.ServiceUuid)).ToLowerInvariant();
        ManagerMac = tree.ManagerMac is null ? null : Identity.MapMac(tree.ManagerMac).Replace('-', ':').ToLowerInvariant();
        _tls = authority is null ? null : new Lazy<SslServerAuthenticationOptions>(() => authority.Issue(address), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Position of this instance in the fleet (0-based).</summary>
    public int Index { get; }

    /// <summary>The loopback address this instance listens on.</summary>
    public IPAddress Address { get; }

    /// <summary>The TCP port this instance listens on (the fleet's port).</summary>
    public int Port { get; private set; }

    /// <summary>Where to reach the instance, e.g. <c>https://127.0.0.2:41234/</c>.</summary>
    public Uri BaseUri => new($"{(Options.Tls ? "https" : "http")}://{Address}:{Port}/");

    /// <summary>Folder name of the mockup this instance serves.</summary>
    public string MockupName => Tree.Name;

    /// <summary>The ServiceRoot UUID as served, lower case.</summary>
    public string ServiceUuid { get; }

    /// <summary>Lower-case colon-form MAC of the manager NIC that carries <see cref="Address"/>; null when the mockup has no such NIC.</summary>
    public string? ManagerMac { get; }

    /// <summary>Maps the mockup's identity values to the ones this instance serves.</summary>
    public MockIdentity Identity { get; }

    /// <summary>Request, login and session counters.</summary>
    public MockCounters Counters { get; } = new();

    /// <summary>The faults this instance injects; may be changed while it serves (takes effect on the next request).</summary>
    public MockFaults Faults
    {
        get => _faultState.Faults;
        set => Volatile.Write(ref _faultState, new FaultState(value));
    }

    /// <summary>
    /// This instance's own TLS certificate (issued by <see cref="MockFleet.CertificateAuthority"/> when the fleet starts);
    /// null over plain HTTP. Owned by the instance: do not dispose.
    /// </summary>
    public X509Certificate2? Certificate => _tls?.Value.ServerCertificateContext?.TargetCertificate;

    /// <summary>UDP port of the SSDP responder, when <see cref="MockFleetOptions.SsdpPort"/> is set.</summary>
    public int? SsdpPort => _ssdp?.Port;

    /// <summary>UDP port of the RMCP presence-ping responder, when <see cref="MockFleetOptions.IpmiPort"/> is set.</summary>
    public int? IpmiPort => _ipmi?.Port;

    internal int Seed => Options.Seed;

    internal MockupTree Tree { get; }

    internal IdentityToken[] TokenArray { get; }

    internal MockFleetOptions Options { get; }

    internal TimeProvider Time { get; }

    internal SessionStore Sessions { get; }

    internal PowerModel Power { get; }

    internal FaultState FaultState => Volatile.Read(ref _faultState);

    internal CancellationToken Stopping => _stopping.Token;

    /// <summary>Stops this instance: its port closes and hung connections are released. Idempotent.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        lock (_stopGate)
        {
            _stopTask ??= StopCoreAsync(cancellationToken);
            return _stopTask;
        }
    }

    internal async Task StartAsync(int port, FleetServices services, CancellationToken cancellationToken)
    {
        _server = await InstanceServer.StartAsync(this, port, _tls is null ? null : () => _tls.Value, services, cancellationToken);
        Port = _server.Port;
        if (Options.SsdpPort is { } ssdpPort)
        {
            _ssdp = UdpResponder.Start(Address, ssdpPort, request => SsdpAnswer.For(request, ServiceUuid, BaseUri));
        }

        if (Options.IpmiPort is { } ipmiPort)
        {
            _ipmi = UdpResponder.Start(Address, ipmiPort, RmcpPong.For);
        }
    }

    internal async Task WaitUntilStoppedAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, Time, linked.Token);
        }
        catch (OperationCanceledException)
        {
            // Released by stop or by the client going away: either way nothing is answered.
        }
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_ssdp is not null)
        {
            await _ssdp.DisposeAsync();
        }

        if (_ipmi is not null)
        {
            await _ipmi.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }

        if (_tls is { IsValueCreated: true })
        {
            _tls.Value.ServerCertificateContext?.TargetCertificate.Dispose();
        }
    }
}
