using System.Net;
using Discovery.Api.Auth;
using Discovery.Api.Bos;
using Discovery.Api.Fleet;
using Discovery.Api.Records;
using Discovery.Api.Snapshots;
using Discovery.Records;
using Discovery.Store.Remote;
using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discovery.Api;

/// <summary>
/// The <c>discover serve</c> HTTP API over an <see cref="InventoryStore"/>: CRUD on <c>/nodes</c>, <c>/bmcs</c>,
/// <c>/interfaces</c>, <c>/groups</c> and <c>/boot-profiles</c>, <c>/history</c>, <c>/snapshots</c>, the OpenAPI
/// document at <c>/openapi.json</c>. The caller owns the store and disposes it after this host.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiHost(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The addresses Kestrel listens on, after <see cref="StartAsync"/> (port 0 resolved).</summary>
    public IReadOnlyList<Uri> Addresses =>
        [.. (_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(a => new Uri(a))];

    /// <summary>Builds the API.</summary>
    /// <param name="options">Listen address, authentication, snapshot interval.</param>
    /// <param name="store">The open store to serve.</param>
    /// <param name="configureLogging">Where logs go (the CLI sends them to standard error); null for none.</param>
    /// <param name="sessions">Runs boot sessions for the BOS v2 <c>/v2/sessions</c> routes; null leaves them out.</param>
    /// <exception cref="ArgumentException">The listen address does not parse, or JWT mode lacks a key.</exception>
    public static ApiHost Create(ApiOptions options, InventoryStore store, Action<ILoggingBuilder>? configureLogging = null, Boot.Sessions.BootSessionService? sessions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        var endpoint = ParseListen(options.Listen);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "discover", Args = [] });
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, InventoryJsonContext.Default);
            // Read only by /openapi.json, which asks these options for the schema of every response type; the routes
            // themselves name their JsonTypeInfo. Without them a NativeAOT build (no reflection resolver) answers 500.
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, FleetJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, BosJsonContext.Default);
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = StorageProblems.Describe);
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "discover inventory API";
            document.Info.Description = "Node-centric inventory of an HPC cluster: nodes, BMCs, interfaces, groups and boot profiles.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store.Options.TimeProvider);
        if (sessions is not null)
        {
            builder.Services.AddSingleton(sessions);
        }

        builder.Services.AddHostedService<SnapshotService>();
        var writePolicy = ApiAuthentication.Configure(builder.Services, options);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusFor });
        if (writePolicy is not null)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        ApiRoutes.Map(app, store, options, writePolicy);
        // Point reads come from memory once the nodes are loaded (in the background: until then they read DuckDB).
        if (!store.IsReadOnly)
        {
            _ = store.LoadReadModelAsync();
        }

        return new ApiHost(app);
    }

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => _app.StartAsync(cancellationToken);

    /// <summary>Stops gracefully: in-flight requests finish, then the shutdown snapshot is taken.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    /// <summary>Stops (if running) and releases the host.</summary>
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>Parses <c>127.0.0.1:8080</c>, <c>[::1]:8080</c> or <c>localhost:8080</c>.</summary>
    /// <exception cref="ArgumentException">Not an address and port.</exception>
    public static IPEndPoint ParseListen(string listen)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(listen);
        var text = listen.Trim();
        if (text.StartsWith("localhost:", StringComparison.OrdinalIgnoreCase))
        {
            text = "127.0.0.1" + text[9..];
        }

        if (IPEndPoint.TryParse(text, out var endpoint) && text.Contains(':', StringComparison.Ordinal)
            && (endpoint.Address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6 || text.StartsWith('[')))
        {
            return endpoint;
        }

        throw new ArgumentException($"--listen {QuotedValue.Of(listen)} is not ADDRESS:PORT (e.g. 127.0.0.1:8080 or [::1]:8080)");
    }

    private static int StatusFor(Exception exception) => StorageProblems.StatusFor(exception) ?? exception switch
    {
        InventoryStoreException { IsTransient: true } => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
