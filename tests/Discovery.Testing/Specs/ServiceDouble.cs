using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discovery.Testing.Specs;

/// <summary>
/// What the doubles of services that cannot run here (BSS, cloud-init) share: real Kestrel on 127.0.0.1 port 0, an
/// optional bearer token, a log of every request, and the spec violations seen (which tests assert are none).
/// </summary>
public abstract class ServiceDouble : IAsyncDisposable
{
    private readonly List<string> _requests = [];
    private readonly List<string> _violations = [];
    private WebApplication? _app;

    /// <summary>Guards the subclass's state and the logs.</summary>
    protected Lock Gate { get; } = new();

    /// <summary>Where the service is, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>When set, every request must carry <c>Authorization: Bearer</c> this (else 401).</summary>
    public string? Token { get; init; }

    /// <summary>Every request answered, as <c>METHOD /path?query</c>, in order.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (Gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Requests other than GET.</summary>
    public int Writes => Requests.Count(r => !r.StartsWith("GET ", StringComparison.Ordinal));

    /// <summary>Bodies the spec does not describe, with the JSON path of each problem (answered 400).</summary>
    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (Gate)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>Starts listening.</summary>
    protected async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(async context =>
        {
            lock (Gate)
            {
                _requests.Add($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            }

            if (Token is not null && context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
            {
                await WriteAsync(context, 401, "{\"title\":\"Unauthorized\",\"status\":401}");
                return;
            }

            await HandleAsync(context);
        });
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>Answers one authorized request.</summary>
    protected abstract Task HandleAsync(HttpContext context);

    /// <summary>Records spec violations of a body; true when there were any.</summary>
    protected bool Refuse(IReadOnlyList<string> problems)
    {
        lock (Gate)
        {
            _violations.AddRange(problems);
        }

        return problems.Count > 0;
    }

    /// <summary>Writes a JSON answer.</summary>
    protected static async Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
