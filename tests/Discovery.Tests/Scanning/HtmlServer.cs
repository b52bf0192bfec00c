using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Discovery.Scanning.Tests;

/// <summary>A plain web server (a switch's admin page, say) that answers every path with HTML: open port, not Redfish.</summary>
internal sealed class HtmlServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HtmlServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<HtmlServer> StartAsync(IPAddress address, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel();
        var app = builder.Build();
        app.Urls.Add(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"http://[{address}]:{port}" : $"http://{address}:{port}");
        app.Run(context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<html><body>Switch admin</body></html>", context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        var bound = new Uri(app.Urls.First()).Port;
        return new HtmlServer(app, bound);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
