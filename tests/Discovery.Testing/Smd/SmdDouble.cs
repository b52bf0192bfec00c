using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Discovery.Testing.Smd;

/// <summary>
/// A stand-in for OpenCHAMI SMD (which cannot run here) on real Kestrel at 127.0.0.1, port 0. It follows
/// reference/smd/BEHAVIOR.md and the SMD code it was read from: RedfishEndpoints (POST, PUT upsert, GET, PATCH,
/// DELETE) with xname and FQDN validation, the full-inventory body (<c>SchemaVersion</c> &gt; 0) creating
/// components and EthernetInterfaces, EthernetInterfaces (POST, PATCH, GET), hardware inventory by location
/// (GET, POST; bodies checked against the spec), <c>service/ready</c>, RFC 7807
/// errors, JWT when configured. Tests inspect what it stored and every request it answered, and can make it
/// answer 503 (<see cref="Unavailable"/>, <see cref="FailNext"/>).
/// </summary>
/// <remarks>
/// Faithful to SMD where a client can trip over it: malformed JSON and a non-number <c>SchemaVersion</c> answer
/// 500 (the latter after the endpoint is stored, as SMD's <c>getSchemaVersion</c> panics late); a NIC of the body
/// without a MAC or address answers 400, and on POST a NIC whose MAC exists answers 409, although the endpoint
/// itself was stored (SMD writes the first error and carries on). State lives in memory, under one lock.
/// </remarks>
public sealed partial class SmdDouble : IAsyncDisposable
{
    private const string Prefix = "/hsm/v2/";

    private readonly WebApplication _app;
    private readonly SmdDoubleOptions _options;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SmdDoubleEndpoint> _endpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SmdDoubleComponent> _components = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SmdDoubleInterface> _interfaces = new(StringComparer.Ordinal);
    private readonly List<SmdDoubleRequest> _requests = [];
    private int _failNext;

    private SmdDouble(WebApplication app, SmdDoubleOptions options)
    {
        _app = app;
        _options = options;
    }

    /// <summary>Where SMD is, e.g. <c>http://127.0.0.1:41234/</c> (pass it to <c>--smd</c>).</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>When true, every request (<c>service/ready</c> included) answers 503, as SMD does without its database.</summary>
    public bool Unavailable { get; set; }

    /// <summary>Every request answered so far, in order.</summary>
    public IReadOnlyList<SmdDoubleRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Requests that were writes (POST, PUT, PATCH, DELETE).</summary>
    public int Writes => Requests.Count(r => r.IsWrite);

    /// <summary>The stored RedfishEndpoints by xname.</summary>
    public IReadOnlyDictionary<string, SmdDoubleEndpoint> Endpoints => Snapshot(_endpoints);

    /// <summary>The components created from registrations, by xname.</summary>
    public IReadOnlyDictionary<string, SmdDoubleComponent> Components => Snapshot(_components);

    /// <summary>The EthernetInterfaces by id (MAC without colons).</summary>
    public IReadOnlyDictionary<string, SmdDoubleInterface> EthernetInterfaces => Snapshot(_interfaces);

    /// <summary>Starts the double on 127.0.0.1 at a free port.</summary>
    public static async Task<SmdDouble> StartAsync(SmdDoubleOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SmdDoubleOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (options.Certificate is { } certificate)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var smd = new SmdDouble(app, options);
        app.Run(smd.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        smd.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return smd;
    }

    /// <summary>A URL on 127.0.0.1 where nothing listens (a connection there is refused): SMD down.</summary>
    public static Uri RefusingUri()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>The next <paramref name="count"/> requests answer 503 (then it recovers).</summary>
    public void FailNext(int count)
    {
        lock (_lock)
        {
            _failNext = count;
        }
    }

    /// <summary>Forgets the request log (stored state stays).</summary>
    public void ClearRequests()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private IReadOnlyDictionary<string, T> Snapshot<T>(Dictionary<string, T> source)
    {
        lock (_lock)
        {
            return new Dictionary<string, T>(source, StringComparer.Ordinal);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string? body;
        using (var reader = new StreamReader(request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var path = request.Path.Value ?? "/";
        var authorization = request.Headers.Authorization.FirstOrDefault();
        SmdAnswer answer;
        lock (_lock)
        {
            answer = Answer(request.Method, path, request.Query, body, authorization);
            _requests.Add(new SmdDoubleRequest(request.Method, path + request.QueryString, answer.Status, body.Length == 0 ? null : body, authorization));
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        if (answer.Body is { } text)
        {
            context.Response.ContentType = answer.ContentType;
            await context.Response.WriteAsync(text, context.RequestAborted);
        }
    }

    private SmdAnswer Answer(string method, string path, IQueryCollection query, string body, string? authorization)
    {
        if (Unavailable || _failNext > 0)
        {
            _failNext = Math.Max(0, _failNext - 1);
            return SmdAnswer.Problem(503, "failed to query database: connection refused");
        }

        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return SmdAnswer.Text(404, "404 page not found");
        }

        var route = path[Prefix.Length..].TrimEnd('/');
        if (!IsPublic(method, route) && _options.JwtKey is { } key && !SmdJwt.IsValid(authorization, key, DateTimeOffset.UtcNow))
        {
            return SmdAnswer.Text(401, "Unauthorized");
        }

        var segments = route.Split('/');
        return (segments, method) switch
        {
            (["service", "ready"], "GET") => SmdAnswer.Json(200, new JsonObject { ["code"] = 0, ["message"] = "HSM is healthy" }),
            (["service", "liveness"], "GET") => new SmdAnswer(204),
            (["Inventory", "RedfishEndpoints"], _) => EndpointCollection(method, query, body),
            (["Inventory", "RedfishEndpoints", var xname], _) => Endpoint(method, xname, body),
            (["Inventory", "Hardware"], _) => HardwareCollection(method, query, body),
            (["Inventory", "Hardware", var xname], _) => HardwareEntry(method, xname),
            (["Inventory", "EthernetInterfaces"], _) => InterfaceCollection(method, body),
            (["Inventory", "EthernetInterfaces", var id], _) => Interface(method, id, body),
            (["State", "Components"], "GET") => SmdAnswer.Json(200, new JsonObject { ["Components"] = new JsonArray([.. _components.Values.Select(ToJson)]) }),
            (["State", "Components", var xname], "GET") => _components.TryGetValue(SmdXnames.Normalize(xname), out var c)
                ? SmdAnswer.Json(200, ToJson(c))
                : SmdAnswer.Problem(404, "no such xname."),
            _ => SmdAnswer.Text(404, "404 page not found"),
        };
    }

    // BEHAVIOR.md: with a JWKS URL every route needs a JWT except these.
    private static bool IsPublic(string method, string route) =>
        route.StartsWith("service/", StringComparison.Ordinal)
        || (method == "GET" && route is "State/Components" or "Inventory/EthernetInterfaces");

    private static JsonObject ToJson(SmdDoubleComponent component)
    {
        var json = new JsonObject { ["ID"] = component.Id, ["Type"] = component.Type, ["State"] = component.State, ["Flag"] = "OK", ["Enabled"] = true };
        if (component.Nid is { } nid)
        {
            json["NID"] = nid;
        }

        return json;
    }
}
