using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Discovery.MockBmc.Hosting;
using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc;

/// <summary>
/// A fleet of simulated BMCs on consecutive loopback addresses sharing one port, serving Redfish mockups.
/// Start with <see cref="StartAsync"/>; dispose to stop every instance.
/// </summary>
public sealed class MockFleet : IAsyncDisposable
{
    private const int PortAttempts = 8;
    private readonly FleetServices _services;
    private readonly FleetCertificateAuthority? _authority;

    private MockFleet(IReadOnlyList<MockBmcInstance> instances, int port, FleetServices services, FleetCertificateAuthority? authority)
    {
        Instances = instances;
        Port = port;
        _services = services;
        _authority = authority;
    }

    /// <summary>The instances, by index.</summary>
    public IReadOnlyList<MockBmcInstance> Instances { get; }

    /// <summary>The TCP port every instance listens on.</summary>
    public int Port { get; }

    /// <summary>With <see cref="MockFleetOptions.Tls"/>, the CA that issued every instance's certificate (trust it to verify the fleet); null over HTTP.</summary>
    public X509Certificate2? CertificateAuthority => _authority?.Certificate;

    /// <summary>Loads the mockups and starts every instance; returns once all are accepting connections.</summary>
    /// <remarks>
    /// Throws <see cref="MockBmcException"/> when a mockup cannot be loaded or the port cannot be bound. With port 0
    /// the first instance picks a free port and the others bind the same one; if one of them finds it taken, the
    /// whole fleet retries on a new port (up to 8 times).
    /// </remarks>
    public static async Task<MockFleet> StartAsync(MockFleetOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var trees = await Task.WhenAll(options.MockupDirectories.Select(d => Task.Run(() => MockupCache.Load(d), cancellationToken)));
        var addresses = Enumerable.Range(0, options.Count).Select(i => Offset(options.FirstAddress, i)).ToArray();
        var time = TimeProvider.System;
        var authority = options.Tls ? FleetCertificateAuthority.Create(time) : null;
        var services = new FleetServices();
        for (var attempt = 1; ; attempt++)
        {
            var instances = addresses.Select((a, i) => new MockBmcInstance(i, a, trees[i % trees.Length], options, time, authority)).ToArray();

            // Issued here, in parallel, not at the first handshake: a scanner probing the whole fleet at once made 50
            // instances issue theirs together (about 2 s on 2 busy cores), and a 2 s probe timeout saw every one hang.
            Parallel.ForEach(instances, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i => _ = i.Certificate);
            try
            {
                var port = await StartInstancesAsync(instances, options.Port, services, cancellationToken);
                return new MockFleet(instances, port, services, authority);
            }
            catch (Exception e)
            {
                await Task.WhenAll(instances.Select(i => i.StopAsync(CancellationToken.None)));
                var retry = e is IOException or SocketException && options.Port == 0 && attempt < PortAttempts && !cancellationToken.IsCancellationRequested;
                if (!retry)
                {
                    await services.DisposeAsync();
                    authority?.Dispose();
                    if (e is IOException or SocketException)
                    {
                        throw new MockBmcException($"Could not bind port {options.Port} on {options.FirstAddress}..{addresses[^1]}: {e.Message}", e);
                    }

                    throw;
                }
            }
        }
    }

    private static async Task<int> StartInstancesAsync(MockBmcInstance[] instances, int port, FleetServices services, CancellationToken cancellationToken)
    {
        await instances[0].StartAsync(port, services, cancellationToken);
        var shared = instances[0].Port;
        await Parallel.ForEachAsync(
            instances.Skip(1),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken },
            (instance, ct) => new ValueTask(instance.StartAsync(shared, services, ct)));
        return shared;
    }

    /// <summary>Stops every instance and releases the fleet's resources.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Instances.Select(i => i.StopAsync(CancellationToken.None)));
        await _services.DisposeAsync();
        _authority?.Dispose();
    }

    private static void Validate(MockFleetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.MockupDirectories);
        ArgumentOutOfRangeException.ThrowIfZero(options.MockupDirectories.Count, nameof(options.MockupDirectories));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Count, nameof(options.Count));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.SessionLimit, nameof(options.SessionLimit));
        if (options.FirstAddress.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("Fleets use consecutive IPv4 addresses; FirstAddress must be IPv4.", nameof(options));
        }
    }

    private static IPAddress Offset(IPAddress first, int offset)
    {
        var bytes = first.GetAddressBytes();
        var value = ((uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3]) + (uint)offset;
        return new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
    }
}
