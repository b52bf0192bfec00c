using System.Net.Security;
using Discovery.MockBmc.Http;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Discovery.MockBmc.Hosting;

/// <summary>
/// One instance's Kestrel server, built directly (no host, no middleware) so that each instance can close its own
/// port while a fleet of 1,000 stays cheap.
/// </summary>
internal sealed class InstanceServer
{
    private readonly KestrelServer _server;

    private InstanceServer(KestrelServer server, int port)
    {
        _server = server;
        Port = port;
    }

    public int Port { get; }

    public static async Task<InstanceServer> StartAsync(MockBmcInstance instance, int port, Func<SslServerAuthenticationOptions>? tls, FleetServices services, CancellationToken cancellationToken)
    {
        var options = new KestrelServerOptions { AddServerHeader = false, ApplicationServices = services.Provider };
        options.Listen(instance.Address, port, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            listen.Use(next => connection => HangOrNextAsync(instance, connection, next));
            if (tls is not null)
            {
                // The instance's pre-built certificate context: UseHttps(certificate) would build another one per instance.
                listen.UseHttps(new TlsHandshakeCallbackOptions { OnConnection = _ => ValueTask.FromResult(tls()) });
            }
        });
        var server = new KestrelServer(Options.Create(options), services.Transport, services.LoggerFactory);
        try
        {
            await server.StartAsync(new MockHttpApplication(new MockRequestHandler(instance)), cancellationToken);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return new InstanceServer(server, bound is null ? port : new Uri(bound).Port);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        grace.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await _server.StopAsync(grace.Token);
        }
        finally
        {
            _server.Dispose();
        }
    }

    // Hang happens before TLS and HTTP: the TCP connection is accepted, then nothing is ever sent or closed.
    private static async Task HangOrNextAsync(MockBmcInstance instance, ConnectionContext connection, ConnectionDelegate next)
    {
        if (!instance.FaultState.Faults.Hang)
        {
            await next(connection);
            return;
        }

        try
        {
            while (true)
            {
                var read = await connection.Transport.Input.ReadAsync(instance.Stopping);
                connection.Transport.Input.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The instance stopped: let Kestrel close the connection.
        }
    }
}
