using System.Text.Json;
using Discovery.Records.Network;
using Discovery.Smd.Http;
using Discovery.Smd.Payloads;

namespace Discovery.Smd.Sending;

internal sealed partial class SmdSender
{
    // One BMC: (GET if unchanged) -> POST -> 409: PUT -> GET to confirm -> EthernetInterfaces -> state.
    private async Task<SmdBmcResult> RegisterAsync(SmdRegistration registration, string label, bool force, CancellationToken cancellationToken)
    {
        var trail = new List<string>();
        var requests = 0;
        SmdBmcResult Result(SmdAction action, string? detail) =>
            new() { Xname = registration.Xname, Bmc = label, Action = action, Detail = detail, Requests = requests };
        SmdBmcResult Failed(string step, SmdResponse response)
        {
            if (response.IsUnavailable
                && Interlocked.CompareExchange(ref _unavailable, $"SMD at {_smdKey} is not available: {response.Describe()}", null) is null)
            {
                Log.SmdUnavailable(_logger, _smdKey, response.Describe());
            }

            trail.Add($"{step} {response.Describe()}");
            return Result(SmdAction.Failed, string.Join(", ", trail));
        }

        async Task<SmdResponse> Counted(Task<SmdResponse> call)
        {
            var response = await call;
            requests += response.Attempts;
            return response;
        }

        if (Volatile.Read(ref _unavailable) is { } down)
        {
            return Result(SmdAction.Failed, "not sent: " + down);
        }

        var body = registration.Endpoint;
        var hash = RegistrationHash.Of(registration);
        if (!force && _state.Get(_smdKey, registration.Xname) == hash)
        {
            var current = await Counted(_client.GetEndpointAsync(registration.Xname, cancellationToken));
            if (current.IsSuccess && Mismatch(current, body) is null)
            {
                return Result(SmdAction.Unchanged, null);
            }

            if (!current.IsSuccess && current.Status != 404)
            {
                return Failed("GET", current);
            }

            // SMD lost or changed what it confirmed before (a wiped database, a manual PATCH): register again.
            trail.Add(current.IsSuccess ? "GET 200 (differs)" : "GET 404");
        }

        var post = await Counted(_client.PostEndpointAsync(body, cancellationToken));
        var action = SmdAction.Created;
        if (post.Status == 409)
        {
            trail.Add("POST 409");
            var put = await Counted(_client.PutEndpointAsync(body, cancellationToken));
            if (!put.IsSuccess)
            {
                return Failed("PUT", put);
            }

            trail.Add($"PUT {put.Status}");
            action = SmdAction.Updated;
        }
        else if (!post.IsSuccess)
        {
            return Failed("POST", post);
        }
        else
        {
            trail.Add($"POST {post.Status}");
        }

        var check = await Counted(_client.GetEndpointAsync(registration.Xname, cancellationToken));
        if (!check.IsSuccess)
        {
            return Failed("GET (confirm)", check);
        }

        if (Mismatch(check, body) is { } mismatch)
        {
            trail.Add($"GET 200 but {mismatch}");
            return Result(SmdAction.Failed, string.Join(", ", trail));
        }

        trail.Add("GET 200");
        foreach (var nic in registration.EthernetInterfaces)
        {
            var created = await Counted(_client.PostInterfaceAsync(nic, cancellationToken));
            if (created.Status == 409)
            {
                var patched = await Counted(_client.PatchInterfaceAsync(nic, cancellationToken));
                if (!patched.IsSuccess)
                {
                    return Failed($"PATCH EthernetInterface {nic.MacAddress}", patched);
                }
            }
            else if (!created.IsSuccess)
            {
                return Failed($"POST EthernetInterface {nic.MacAddress}", created);
            }
        }

        if (registration.EthernetInterfaces.Count > 0)
        {
            trail.Add($"{registration.EthernetInterfaces.Count} EthernetInterface(s)");
        }

        _state.Set(_smdKey, registration.Xname, hash, _time.GetUtcNow());
        return Result(action, string.Join(", ", trail));
    }

    /// <summary>How SMD's stored endpoint differs from what was sent, or null when it matches.</summary>
    internal static string? Mismatch(SmdResponse response, RedfishEndpointBody sent)
    {
        SmdEndpointView? stored;
        try
        {
            stored = response.Body is null ? null : JsonSerializer.Deserialize(response.Body, SmdJsonContext.Default.SmdEndpointView);
        }
        catch (JsonException)
        {
            stored = null;
        }

        if (stored is null)
        {
            return "its body is not a RedfishEndpoint";
        }

        if (!string.Equals(stored.Id, sent.Id, StringComparison.OrdinalIgnoreCase))
        {
            return $"ID is '{stored.Id}'";
        }

        if (!string.Equals(stored.Fqdn, sent.Fqdn, StringComparison.OrdinalIgnoreCase))
        {
            return $"FQDN is '{stored.Fqdn}', not '{sent.Fqdn}'";
        }

        if (sent.MacAddr is not null && MacAddressNormalizer.Normalize(stored.MacAddr) != sent.MacAddr)
        {
            return $"MACAddr is '{stored.MacAddr}', not '{sent.MacAddr}'";
        }

        if (!string.Equals(stored.User ?? string.Empty, sent.User, StringComparison.Ordinal))
        {
            return $"User is '{stored.User}', not '{sent.User}'";
        }

        return stored.RediscoverOnUpdate ? "RediscoverOnUpdate is true" : null;
    }
}
