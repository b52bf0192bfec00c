using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Testing.Specs;
using Microsoft.AspNetCore.Http;

namespace Discovery.Testing.CloudInit;

/// <summary>
/// A stand-in for the OpenCHAMI cloud-init server's group API, written from reference/cloud-init/swagger.yaml:
/// <c>GET /admin/groups</c> (all, by name), <c>GET /admin/groups/{id}</c> (404 unknown), <c>POST /admin/groups</c>
/// (201; 409 when the group exists) and <c>PUT /admin/groups/{name}</c> (201, replaces). Bodies are checked against
/// <c>cistore.GroupData</c>; a body that does not fit answers 422, as the server's parser does.
/// </summary>
public sealed class CloudInitDouble : ServiceDouble
{
    private const string Path = "/admin/groups";

    private readonly SpecSchema _schema = SpecSchema.Load("cloud-init/swagger.yaml", "cistore.GroupData");
    private readonly Dictionary<string, JsonObject> _groups = new(StringComparer.Ordinal);

    private CloudInitDouble()
    {
    }

    /// <summary>The stored groups by name, as sent.</summary>
    public IReadOnlyDictionary<string, JsonObject> Groups
    {
        get
        {
            lock (Gate)
            {
                return _groups.ToDictionary(e => e.Key, e => (JsonObject)e.Value.DeepClone());
            }
        }
    }

    /// <summary>A group's cloud-config text, decoded from base64 when so encoded; null when unknown.</summary>
    public string? CloudConfig(string group)
    {
        var file = Groups.GetValueOrDefault(group)?["file"];
        var content = (string?)file?["content"];
        return (string?)file?["encoding"] == "base64" && content is not null ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(content)) : content;
    }

    /// <summary>Starts the double on 127.0.0.1 at a free port.</summary>
    public static async Task<CloudInitDouble> StartAsync(string? token = null, CancellationToken cancellationToken = default)
    {
        var server = new CloudInitDouble { Token = token };
        await server.StartAsync(cancellationToken);
        return server;
    }

    /// <inheritdoc />
    protected override async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var name = path.StartsWith(Path + "/", StringComparison.Ordinal) ? Uri.UnescapeDataString(path[(Path.Length + 1)..]) : null;
        var method = context.Request.Method;
        if (path != Path && name is null)
        {
            await WriteAsync(context, 404, "{}");
        }
        else if (HttpMethods.IsGet(method))
        {
            JsonNode? found;
            lock (Gate)
            {
                found = name is null ? new JsonObject(_groups.Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Value.DeepClone()))) : _groups.GetValueOrDefault(name)?.DeepClone();
            }

            await (found is null ? WriteAsync(context, 404, "{}") : WriteAsync(context, 200, found.ToJsonString()));
        }
        else if ((HttpMethods.IsPost(method) && name is null) || (HttpMethods.IsPut(method) && name is not null))
        {
            await WriteGroupAsync(context, name);
        }
        else
        {
            await WriteAsync(context, 405, "{}");
        }
    }

    private async Task WriteGroupAsync(HttpContext context, string? name)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }

        using var document = JsonDocument.Parse(body?.ToJsonString() ?? "null");
        if (Refuse(_schema.Validate(document.RootElement)) || body is not JsonObject group || (name ?? (string?)group["name"]) is not { Length: > 0 } key)
        {
            await WriteAsync(context, 422, "{}");
            return;
        }

        bool conflict;
        lock (Gate)
        {
            conflict = name is null && _groups.ContainsKey(key);
            if (!conflict)
            {
                _groups[key] = group;
            }
        }

        context.Response.Headers.Location = "/groups/" + key;
        await WriteAsync(context, conflict ? 409 : 201, "{}");
    }
}
