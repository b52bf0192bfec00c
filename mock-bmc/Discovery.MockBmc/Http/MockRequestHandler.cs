using System.Text;
using System.Text.Json;
using Discovery.MockBmc.Mockups;
using Discovery.MockBmc.Power;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Discovery.MockBmc.Http;

/// <summary>
/// Answers one instance's requests like a small BMC:
/// 1. count, honour Hang, add latency and jitter;
/// 2. inject a 500/503 for the configured share of non-root requests;
/// 3. login (POST Sessions) is open, <c>/redfish</c> and <c>/redfish/v1</c> are open, the rest needs Basic or X-Auth-Token;
/// 4. Sessions are dynamic; everything else is the mockup body with this instance's identity and body faults.
/// </summary>
internal sealed partial class MockRequestHandler(MockBmcInstance instance)
{
    // Not HashCode.Combine: it is randomized per process, and a seed must reproduce across runs.
    private readonly Random _random = new(unchecked((instance.Seed * 1_000_003) + instance.Index));
    private readonly Lock _randomGate = new();

    public async Task HandleAsync(HttpContext context)
    {
        var key = UriKey.Normalize(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/");
        var cancellationToken = context.RequestAborted;
        if (key == StatsKey)
        {
            await StatsAsync(context, cancellationToken);
            return;
        }

        instance.Counters.AddRequest();
        instance.Counters.AddPath(instance.Tree.Find(key) is null ? MockCounters.OtherPaths : key);
        var state = instance.FaultState;
        if (state.Faults.Hang)
        {
            await instance.WaitUntilStoppedAsync(cancellationToken);

            // Never answer, not even with the empty 200 Kestrel would send when the handler returns.
            context.Abort();
            return;
        }

        var (delay, failure) = Draw(state.Faults, key);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, instance.Time, cancellationToken);
        }

        if (failure != 0)
        {
            if (failure == StatusCodes.Status503ServiceUnavailable)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            await WriteAsync(context, failure, RedfishBodies.Error("Base.1.8.GeneralError", "The service is temporarily unable to answer (simulated fault).", "Retry the request."), cancellationToken);
            return;
        }

        var method = context.Request.Method;
        if (key == SessionStore.CollectionKey && HttpMethods.IsPost(method))
        {
            await LoginAsync(context, cancellationToken);
            return;
        }

        if (key is not ("/redfish" or "/redfish/v1") && !Authorize(context))
        {
            instance.Counters.AddFailedLogin();
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"RedfishService\"";
            await WriteAsync(context, StatusCodes.Status401Unauthorized, RedfishBodies.Error("Base.1.8.NoValidSession", "There is no valid session established with the implementation.", "Establish a session before attempting any operations."), cancellationToken);
            return;
        }

        if (key == SessionStore.CollectionKey || key.StartsWith(SessionStore.CollectionKey + "/", StringComparison.Ordinal))
        {
            await SessionResourceAsync(context, key, method, state, cancellationToken);
            return;
        }

        await StaticResourceAsync(context, key, method, state, cancellationToken);
    }

    private async Task StaticResourceAsync(HttpContext context, string key, string method, FaultState state, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsPost(method) && IsSystemReset(key, instance.Tree))
        {
            await SystemResetAsync(context, key, state, cancellationToken);
            return;
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            // Read what the client sends before answering, so the keep-alive connection stays usable for its next request.
            await context.Request.Body.CopyToAsync(Stream.Null, cancellationToken);
        }

        var resource = instance.Tree.Find(key);
        ReadOnlyMemory<byte> body;
        if (resource is not null)
        {
            body = BodyRenderer.Render(resource, instance.TokenArray, instance.Identity.Served, state);
            if (state.Faults.DimmSerial is { } serial && key == DimmSwap.FirstDimm(instance.Tree))
            {
                body = DimmSwap.Apply(body, serial);
            }
            if (resource.Role == ResourceRole.SystemMember && instance.Power.Current(key) is { } power)
            {
                body = PowerStatePatch.Apply(body, power);
            }
        }
        else if (state.Faults.LinkCycle && BodyRenderer.Cycle(key) is { } cycle)
        {
            body = BodyRenderer.Corrupt(key, cycle, state);
        }
        else if (HttpMethods.IsPost(method) && IsActionOfExistingResource(key))
        {
            // Other actions (Manager.Reset, Chassis.Reset...) are accepted and do nothing, as a BMC does when the state already matches.
            if (key.EndsWith(".reset", StringComparison.Ordinal))
            {
                instance.Counters.AddReset(null);
            }

            await WriteAsync(context, StatusCodes.Status204NoContent, ReadOnlyMemory<byte>.Empty, cancellationToken);
            return;
        }
        else
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, NotFound(key), cancellationToken);
            return;
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, RedfishBodies.Error("Base.1.8.OperationNotAllowed", "The HTTP method is not allowed on this resource of the simulator.", "None."), cancellationToken);
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, body, cancellationToken);
    }

    internal (TimeSpan Delay, int Failure) Draw(MockFaults faults, string key)
    {
        if (faults.Jitter <= TimeSpan.Zero && faults.ErrorRate <= 0)
        {
            return (faults.Latency, 0);
        }

        lock (_randomGate)
        {
            var delay = faults.Latency + (faults.Jitter * _random.NextDouble());
            var fail = key is not ("/redfish" or "/redfish/v1") && _random.NextDouble() < faults.ErrorRate;
            var status = _random.Next(2) == 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable;
            return (delay, fail ? status : 0);
        }
    }

    private bool Authorize(HttpContext context)
    {
        var headers = context.Request.Headers;
        var token = headers["X-Auth-Token"].ToString();
        if (token.Length > 0)
        {
            return instance.Sessions.FindByToken(token) is not null;
        }

        var authorization = headers.Authorization.ToString();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && IsAccount(decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private bool IsActionOfExistingResource(string key)
    {
        var actions = key.IndexOf("/actions/", StringComparison.Ordinal);
        return actions > 0 && instance.Tree.Find(key[..actions]) is not null;
    }

    private bool IsAccount(string? user, string? password) =>
        string.Equals(user, instance.Options.Username, StringComparison.Ordinal)
        && !instance.FaultState.Faults.WrongPassword
        && string.Equals(password, instance.Options.InstancePasswords.GetValueOrDefault(instance.Index) ?? instance.Options.Password, StringComparison.Ordinal);

    private static byte[] NotFound(string key) =>
        RedfishBodies.Error("Base.1.0.ResourceMissingAtURI", $"The resource at the URI {key} was not found.", "Place a valid resource at the URI or correct the URI and resubmit the request.");

    internal static async Task WriteAsync(HttpContext context, int status, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers["OData-Version"] = "4.0";
        if (status == StatusCodes.Status204NoContent)
        {
            // A 204 carries no body and no Content-Length (RFC 9110 8.6); Kestrel drops the connection otherwise.
            return;
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, cancellationToken);
        }
    }

    private static async Task<(string? User, string? Password)> ReadCredentialsAsync(HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? (null, null)
                : (Text(root, "UserName"), Text(root, "Password"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
