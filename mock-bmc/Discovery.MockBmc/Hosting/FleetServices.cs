using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Discovery.MockBmc.Hosting;

/// <summary>What every instance's Kestrel server shares, so a 1,000-instance fleet pays for it once.</summary>
internal sealed class FleetServices : IAsyncDisposable
{
    private readonly WebApplication _services;

    public FleetServices()
    {
        // Never started: only its service provider is used, because Kestrel's UseHttps needs the (internal) HTTPS
        // configuration service that UseKestrelHttpsConfiguration registers.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration();
        _services = builder.Build();
        Transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
    }

    public IServiceProvider Provider => _services.Services;

    public IConnectionListenerFactory Transport { get; }

    public ILoggerFactory LoggerFactory => NullLoggerFactory.Instance;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
