using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Discovery.IntegrationTests.Scan;

/// <summary>A plain HTTPS-less web page on a given address and port: an open port that is not Redfish.</summary>
internal sealed class ScanHtmlServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ScanHtmlServer(WebApplication app) => _app = app;

    public static async Task<ScanHtmlServer> StartAsync(IPAddress address, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel();
        var app = builder.Build();
        app.Urls.Add($"http://{address}:{port}");
        app.Run(context =>
        {
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync("<html><body>Switch admin</body></html>", context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        return new ScanHtmlServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
