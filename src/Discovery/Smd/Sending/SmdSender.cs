using System.Text.Json;
using Discovery.Redfish.Mapping;
using Discovery.Smd.Http;
using Discovery.Smd.Payloads;
using Discovery.Smd.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Smd.Sending;

/// <summary>
/// Registers BMCs with SMD, the library's one entry point. Per BMC, one RedfishEndpoint in OpenCHAMI's
/// full-inventory form: POST, and on 409 a PUT; then a GET, because SMD's 2xx is only a hint; then the node
/// NICs SMD would not create itself (POST, on 409 PATCH). A BMC whose registration SMD already confirmed
/// unchanged gets a GET and no write. One BMC's failure never stops the others; only cancellation throws.
/// </summary>
/// <remarks>
/// Before the first BMC, <c>GET /hsm/v2/service/ready</c> (with retries) checks that SMD is up. When SMD does
/// not answer, or answers 502/503/504 after all retries (on that check or on any BMC's request), the remaining
/// BMCs fail at once with that reason instead of each waiting through its own retries; a later send
/// registers them.
/// </remarks>
internal sealed partial class SmdSender : IDisposable
{
    private readonly SmdClient _client;
    private readonly SmdStateStore _state;
    private readonly TimeProvider _time;
    private readonly string _smdKey;
    private readonly ILogger _logger;
    private string? _unavailable;

    /// <summary>Creates a sender for the SMD of <paramref name="options"/>.</summary>
    /// <param name="options">SMD's URL, token, TLS and retry settings.</param>
    /// <param name="state">Hashes of what SMD confirmed before; updated for every BMC confirmed in this run.</param>
    /// <param name="time">Clock for retry delays and confirmation times; the system clock when null.</param>
    /// <param name="logger">
    /// Where the send says what it plans, sends and gets back, per BMC and per request (never the access token or a
    /// BMC password); none when null.
    /// </param>
    /// <exception cref="IOException">The <c>CaCertFile</c> cannot be read.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The <c>CaCertFile</c> holds no PEM certificate.</exception>
    public SmdSender(SmdClientOptions options, SmdStateStore state, TimeProvider? time = null, ILogger<SmdSender>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
        _time = time ?? TimeProvider.System;
        _smdKey = options.StateKey;
        _logger = logger ?? NullLogger<SmdSender>.Instance;
        _client = new SmdClient(options, _time, _logger);
    }

    /// <summary>Registers (or, with <see cref="SmdSendRequest.DryRun"/>, plans) every BMC of <paramref name="request"/>.</summary>
    /// <returns>A result per BMC in input order; the state store is saved before returning (also when cancelled).</returns>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<SmdSendResult> SendAsync(SmdSendRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxParallel, 1);
        Log.SendStarted(_logger, _smdKey, request.Inventories.Count, request.DryRun, request.Force, request.SendPassword);
        var registrations = new List<SmdRegistration?>(request.Inventories.Count);
        foreach (var inventory in request.Inventories)
        {
            registrations.Add(await BuildAsync(inventory, request, cancellationToken));
        }

        if (request.DryRun)
        {
            var plan = Plan(request, registrations);
            Log.DryRunPlanned(_logger, _smdKey, plan.Planned.Count, plan.Count(SmdAction.WouldSend), plan.Count(SmdAction.Unchanged), plan.Count(SmdAction.Failed));
            return plan;
        }

        var results = new SmdBmcResult[registrations.Count];
        try
        {
            if (registrations.Any(r => r is not null))
            {
                await CheckReadyAsync(cancellationToken);
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = request.MaxParallel, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, registrations.Count), parallel, async (i, token) =>
            {
                results[i] = registrations[i] is { } registration
                    ? await WithHardwareAsync(registration, await RegisterAsync(registration, Label(request.Inventories[i]), request.Force, token), token)
                    : NoXname(request.Inventories[i]);
                Log.BmcSent(_logger, results[i].Bmc, results[i].Xname ?? "no xname", results[i].Action, results[i].Requests, results[i].Detail ?? string.Empty);
            });
        }
        finally
        {
            await _state.SaveAsync(CancellationToken.None);
        }

        var result = new SmdSendResult { Results = results, Smd = _smdKey };
        Log.SendFinished(_logger, _smdKey, result.Count(SmdAction.Created), result.Count(SmdAction.Updated), result.Count(SmdAction.Unchanged), result.Count(SmdAction.Failed));
        return result;
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _client.Dispose();

    private async Task<SmdRegistration?> BuildAsync(MappedInventory inventory, SmdSendRequest request, CancellationToken cancellationToken)
    {
        var credential = request.Credentials is { } provider
            ? await provider.GetCredentialAsync(inventory.Bmc.Ip, cancellationToken)
            : null;
        return SmdBodyBuilder.Build(
            inventory,
            credential?.Username ?? request.FallbackUser,
            request.SendPassword ? credential?.Password : null);
    }

    private SmdSendResult Plan(SmdSendRequest request, List<SmdRegistration?> registrations)
    {
        var results = new List<SmdBmcResult>();
        var planned = new List<SmdPlannedRequest>();
        for (var i = 0; i < registrations.Count; i++)
        {
            var label = Label(request.Inventories[i]);
            if (registrations[i] is not { } registration)
            {
                results.Add(NoXname(request.Inventories[i]));
            }
            else if (!request.Force && _state.Get(_smdKey, registration.Xname) == RegistrationHash.Of(registration))
            {
                results.Add(new SmdBmcResult { Xname = registration.Xname, Bmc = label, Action = SmdAction.Unchanged });
            }
            else
            {
                var requests = PlannedRequests(registration).ToList();
                Log.BmcPlanned(_logger, label, registration.Xname, requests.Count);
                planned.AddRange(requests);
                results.Add(new SmdBmcResult
                {
                    Xname = registration.Xname,
                    Bmc = label,
                    Action = SmdAction.WouldSend,
                    Detail = $"{requests.Count} write(s) planned",
                });
            }
        }

        return new SmdSendResult { Results = results, Planned = planned, Smd = _smdKey };
    }

    private IEnumerable<SmdPlannedRequest> PlannedRequests(SmdRegistration registration)
    {
        yield return new SmdPlannedRequest
        {
            Xname = registration.Xname,
            Method = "POST",
            Url = _client.EndpointUrl(),
            Body = JsonSerializer.SerializeToElement(RegistrationHash.Masked(registration.Endpoint), SmdJsonContext.Default.RedfishEndpointBody),
            OnConflict = "PUT " + _client.EndpointUrl(registration.Xname),
        };
        foreach (var nic in registration.EthernetInterfaces)
        {
            yield return new SmdPlannedRequest
            {
                Xname = registration.Xname,
                Method = "POST",
                Url = _client.InterfaceUrl(),
                Body = JsonSerializer.SerializeToElement(nic, SmdJsonContext.Default.EthernetInterfaceBody),
                OnConflict = "PATCH " + _client.InterfaceUrl(nic.Id),
            };
        }

        if (registration.Hardware.Count > 0)
        {
            // Sent only where SMD's entries differ; a dry run does not ask SMD, so it plans them all.
            yield return new SmdPlannedRequest
            {
                Xname = registration.Xname,
                Method = "POST",
                Url = _client.HardwareUrl(),
                Body = JsonSerializer.SerializeToElement(new HardwareBody { Hardware = registration.Hardware }, SmdJsonContext.Default.HardwareBody),
            };
        }
    }

    private async Task CheckReadyAsync(CancellationToken cancellationToken)
    {
        var ready = await _client.ReadyAsync(cancellationToken);
        // Only "down" counts: a gateway that does not route service/ready (404) or guards it (401) says nothing.
        if (ready.IsUnavailable)
        {
            _unavailable = $"SMD at {_smdKey} is not available: {ready.Describe()}";
            Log.SmdUnavailable(_logger, _smdKey, ready.Describe());
        }
    }

    private static string Label(MappedInventory inventory) =>
        inventory.Bmc.Ip.Contains(':', StringComparison.Ordinal)
            ? $"[{inventory.Bmc.Ip}]:{inventory.Bmc.Port}"
            : $"{inventory.Bmc.Ip}:{inventory.Bmc.Port}";

    private static SmdBmcResult NoXname(MappedInventory inventory) => new()
    {
        Bmc = Label(inventory),
        Action = SmdAction.Failed,
        Detail = "not sent: the BMC has no xname (give one with --id-map)",
    };
}
