using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Testing.Specs;
using Microsoft.AspNetCore.Http;

namespace Discovery.Testing.Bss;

/// <summary>
/// A stand-in for OpenCHAMI BSS, written from reference/bss/swagger.yaml: <c>/boot/v1/bootparameters</c> GET
/// (all, or <c>?name=</c> a comma list of hosts: 404 when none is known), POST (creates; 400 when a host already
/// has an entry, as the spec says the request fails) and PUT (creates or replaces). Bodies are checked against the
/// spec's <c>BootParams</c> schema; this double keys entries by <c>hosts</c> only (what discover sends).
/// </summary>
public sealed class BssDouble : ServiceDouble
{
    private const string Path = "/boot/v1/bootparameters";

    private readonly SpecSchema _schema = SpecSchema.Load("bss/swagger.yaml", "BootParams");
    private readonly Dictionary<string, JsonObject> _entries = new(StringComparer.Ordinal);

    private BssDouble()
    {
    }

    /// <summary>The stored entries by host, each as BSS would answer it (<c>hosts</c> = that host).</summary>
    public IReadOnlyDictionary<string, JsonObject> Entries
    {
        get
        {
            lock (Gate)
            {
                return _entries.ToDictionary(e => e.Key, e => (JsonObject)e.Value.DeepClone());
            }
        }
    }

    /// <summary>Starts the double on 127.0.0.1 at a free port.</summary>
    public static async Task<BssDouble> StartAsync(string? token = null, CancellationToken cancellationToken = default)
    {
        var bss = new BssDouble { Token = token };
        await bss.StartAsync(cancellationToken);
        return bss;
    }

    /// <inheritdoc />
    protected override async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path != Path)
        {
            await WriteAsync(context, 404, "{\"title\":\"Not Found\",\"status\":404}");
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method))
        {
            await GetAsync(context);
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method) && !HttpMethods.IsPut(context.Request.Method))
        {
            await WriteAsync(context, 405, "{\"title\":\"Method Not Allowed\",\"status\":405}");
            return;
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await WriteAsync(context, 400, "{\"title\":\"Bad Request\",\"detail\":\"malformed JSON\",\"status\":400}");
            return;
        }

        using var document = JsonDocument.Parse(body?.ToJsonString() ?? "null");
        if (Refuse(_schema.Validate(document.RootElement)) || body is not JsonObject entry || entry["hosts"] is not JsonArray { Count: > 0 } hosts)
        {
            await WriteAsync(context, 400, "{\"title\":\"Bad Request\",\"detail\":\"not a BootParams body with hosts\",\"status\":400}");
            return;
        }

        var names = hosts.Select(h => h!.GetValue<string>()).ToList();
        lock (Gate)
        {
            if (HttpMethods.IsPost(context.Request.Method) && names.Any(_entries.ContainsKey))
            {
                names.Clear();
            }

            foreach (var name in names)
            {
                var stored = (JsonObject)entry.DeepClone();
                stored["hosts"] = new JsonArray(name);
                _entries[name] = stored;
            }
        }

        await (names.Count == 0
            ? WriteAsync(context, 400, "{\"title\":\"Bad Request\",\"detail\":\"host already has boot parameters\",\"status\":400}")
            : WriteAsync(context, HttpMethods.IsPost(context.Request.Method) ? 201 : 200, "{}"));
    }

    private async Task GetAsync(HttpContext context)
    {
        var wanted = context.Request.Query["name"].ToString();
        JsonArray found;
        lock (Gate)
        {
            found = new JsonArray([.. (wanted.Length == 0
                ? _entries.Values
                : wanted.Split(',').Where(_entries.ContainsKey).Select(n => _entries[n])).Select(e => e.DeepClone())]);
        }

        await (wanted.Length > 0 && found.Count == 0
            ? WriteAsync(context, 404, "{\"title\":\"Not Found\",\"detail\":\"cannot find host\",\"status\":404}")
            : WriteAsync(context, 200, found.ToJsonString()));
    }
}
