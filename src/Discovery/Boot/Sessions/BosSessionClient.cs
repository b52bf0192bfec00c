using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Discovery.Store;
using Discovery.Store.Remote;
using Discovery.Text;

namespace Discovery.Boot.Sessions;

/// <summary>
/// Boot sessions of a <c>discover serve</c> through its BOS v2 API (<c>--server</c>): what
/// <c>discover boot session</c> does on the local store, read back into <see cref="BootSession"/>s. BOS has three
/// session states; a complete session with an error is failed, or cancelled when the error says so.
/// </summary>
internal sealed class BosSessionClient : IDisposable
{
    private readonly HttpClient _http;

    public BosSessionClient(Uri server, string? token)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(1) };
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public async Task<BootSession> CreateAsync(BootSessionCreate request, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["template_name"] = request.TemplateName, ["operation"] = request.Operation };
        if (request.Name is not null)
        {
            body["name"] = request.Name;
        }

        if (request.Limit is not null)
        {
            body["limit"] = request.Limit;
        }

        // The body as text, not PostAsJsonAsync: that overload serializes by reflection, which NativeAOT cannot do.
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync("v2/sessions", content, cancellationToken);
        return Session(await ReadAsync(response, cancellationToken), []);
    }

    /// <summary>The session and its nodes (its components), or null when the server has none of that name.</summary>
    public async Task<BootSession?> GetAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync($"v2/sessions/{Uri.EscapeDataString(name)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var session = await ReadAsync(response, cancellationToken);
        using var components = await _http.GetAsync($"v2/components?session={Uri.EscapeDataString(name)}", cancellationToken);
        return Session(session, (await ReadAsync(components, cancellationToken)).AsArray().OfType<JsonObject>().Select(c => Node(name, c)).ToList());
    }

    public async Task<IReadOnlyList<BootSession>> ListAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("v2/sessions", cancellationToken);
        return [.. (await ReadAsync(response, cancellationToken)).AsArray().OfType<JsonObject>().Select(s => Session(s, []))];
    }

    /// <summary>BOS's DELETE: cancels a session that has not ended; returns it as it ends, or null when there is none.</summary>
    public async Task<BootSession?> CancelAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await _http.DeleteAsync($"v2/sessions/{Uri.EscapeDataString(name)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await ReadAsync(response, cancellationToken);
        return await GetAsync(name, cancellationToken);
    }

    /// <summary>Reads the session every <paramref name="interval"/> until it has ended.</summary>
    public async Task<BootSession?> WaitAsync(string name, TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        while (true)
        {
            var session = await GetAsync(name, cancellationToken);
            if (session is null || BootSessionStatus.IsFinal(session.Status))
            {
                return session;
            }

            await Task.Delay(interval, time, cancellationToken);
        }
    }

    public void Dispose() => _http.Dispose();

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
        }

        var detail = (JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject)?["detail"]?.GetValue<string>() ?? QuotedValue.Of(text);
        var message = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: HTTP {(int)response.StatusCode}: {detail}";
        throw (int)response.StatusCode is >= 400 and < 500 ? new InventoryQueryException(message) : new InventoryRemoteException(message);
    }

    private static BootSession Session(JsonNode json, IReadOnlyList<BootSessionNode> nodes)
    {
        var status = json["status"];
        var error = status?["error"]?.GetValue<string>();
        var label = status?["status"]?.GetValue<string>() switch
        {
            "pending" => BootSessionStatus.Pending,
            "running" => BootSessionStatus.Running,
            _ => error is null ? BootSessionStatus.Completed : error == "cancelled" ? BootSessionStatus.Cancelled : BootSessionStatus.Failed,
        };
        return new BootSession
        {
            Name = json["name"]?.GetValue<string>() ?? string.Empty,
            TemplateName = json["template_name"]?.GetValue<string>() ?? string.Empty,
            Operation = json["operation"]?.GetValue<string>() ?? string.Empty,
            Limit = json["limit"]?.GetValue<string>() is { Length: > 0 } limit ? limit : null,
            Status = label,
            Error = error,
            StartedAt = Time(status?["start_time"]),
            EndedAt = Time(status?["end_time"]),
            Components = (json["components"]?.GetValue<string>() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            Nodes = nodes,
        };
    }

    private static BootSessionNode Node(string session, JsonObject component)
    {
        var artifacts = component["desired_state"]?["boot_artifacts"];
        var stats = component["event_stats"];
        return new BootSessionNode
        {
            Session = session,
            Node = component["id"]?.GetValue<string>() ?? string.Empty,
            Kernel = artifacts?["kernel"]?.GetValue<string>(),
            Initrd = artifacts?["initrd"]?.GetValue<string>(),
            Params = artifacts?["kernel_parameters"]?.GetValue<string>(),
            Status = component["status"]?["status"]?.GetValue<string>() ?? BootSessionStatus.Pending,
            Phase = component["status"]?["phase"]?.GetValue<string>(),
            LastAction = component["last_action"]?["action"]?.GetValue<string>(),
            Error = component["error"]?.GetValue<string>() is { Length: > 0 } error ? error : null,
            RetryCount = (stats?["power_on_attempts"]?.GetValue<int>() ?? 0) + (stats?["power_off_forceful_attempts"]?.GetValue<int>() ?? 0),
            UpdatedAt = Time(component["last_action"]?["last_updated"]) ?? default,
        };
    }

    private static DateTimeOffset? Time(JsonNode? node) =>
        node?.GetValue<string>() is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
