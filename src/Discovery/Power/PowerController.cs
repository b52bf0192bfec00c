using System.Text.Json;
using Discovery.Credentials;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;
using Discovery.Redfish.Tls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Power;

/// <summary>
/// The entry point of <c>discover power</c> (and of boot sessions' power step). Nodes are grouped by BMC; each BMC
/// gets one session (the collect credentials), up to <see cref="PowerRequest.MaxParallelBmcs"/> at once, its
/// nodes one after the other. Per node:
/// 1. GET the ComputerSystem: PowerState, the Reset target and its AllowableValues;
/// 2. choose the reset types (<see cref="ResetPlan"/>) and POST each, waiting for Off between Off and On;
/// 3. poll PowerState until it reads the target or <see cref="PowerRequest.Timeout"/> passes.
/// Every failure is a result, one per node, in target order; only cancellation propagates.
/// </summary>
internal sealed partial class PowerController(ICredentialProvider credentials, TimeProvider time, ILogger<PowerController>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<PowerController>.Instance;

    public async Task<IReadOnlyList<NodePowerResult>> RunAsync(PowerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxParallelBmcs, 1);
        var results = new NodePowerResult[request.Targets.Count];
        var byBmc = new List<(Uri Bmc, List<int> Indexes)>();
        for (var index = 0; index < request.Targets.Count; index++)
        {
            var target = request.Targets[index];
            if (target.BmcUri is null || target.SystemUri is null)
            {
                results[index] = Result(target, request.Action, PowerStatus.NotInInventory, null, "the inventory has no BMC address or Redfish URI for this node (collect it first)");
                continue;
            }

            var group = byBmc.FindIndex(g => g.Bmc == target.BmcUri);
            if (group < 0)
            {
                byBmc.Add((target.BmcUri, [index]));
            }
            else
            {
                byBmc[group].Indexes.Add(index);
            }
        }

        var trust = await TlsTrust.LoadAsync(request.Client.Tls, cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = request.MaxParallelBmcs, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(byBmc, parallel, async (group, token) =>
        {
            var bmc = BmcTarget.Parse(group.Bmc.ToString())!;
            using var connection = new RedfishConnection(bmc.BaseUri, request.Client, trust.For(request.Client.Tls, bmc.Endpoint), time, _logger);
            var (session, status, problem) = await BmcPowerSession.OpenAsync(connection, bmc.Host, credentials, request.Client, token);
            if (session is null)
            {
                Log.BmcRefused(_logger, bmc.Endpoint, problem);
                foreach (var index in group.Indexes)
                {
                    results[index] = Result(request.Targets[index], request.Action, status, null, problem) with { Bmc = bmc.Endpoint };
                }

                return;
            }

            await using (session)
            {
                foreach (var index in group.Indexes)
                {
                    var result = await ActAsync(connection, request, request.Targets[index], token) with { Bmc = bmc.Endpoint };
                    Log.NodeFinished(_logger, result.Node, result.StatusName, result.PowerState);
                    results[index] = result;
                }
            }
        });
        // Trust on first use holds for power as for collect: a BMC first met here is pinned for later runs.
        await trust.SavePinsAsync(request.Client.Tls, cancellationToken);

        return results;
    }

    private async Task<NodePowerResult> ActAsync(RedfishConnection connection, PowerRequest request, PowerTarget target, CancellationToken cancellationToken)
    {
        var systemPath = RedfishPath.Clean(target.SystemUri!);
        var (info, problem) = await ReadAsync(connection, systemPath, cancellationToken);
        if (info is null)
        {
            return Result(target, request.Action, PowerStatus.Unreachable, null, problem);
        }

        if (request.Action == PowerAction.Status)
        {
            return Result(target, request.Action, PowerStatus.Ok, info.PowerState, null);
        }

        var (plan, refusal) = ResetPlan.Choose(request.Action, info.AllowableResetTypes);
        if (plan is null)
        {
            return Result(target, request.Action, PowerStatus.Refused, info.PowerState, refusal);
        }

        var resetPath = RedfishPath.Clean(info.ResetTarget ?? systemPath + "/Actions/ComputerSystem.Reset");
        var sent = new List<string>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(request.Timeout);
        var state = info.PowerState;
        try
        {
            var resumed = StartsWith(plan.Steps, target.AlreadySent) ? target.AlreadySent.Count : 0;
            foreach (var (step, position) in plan.Steps.Select((s, i) => (s, i)))
            {
                if (position < resumed)
                {
                    Log.ResetAlreadySent(_logger, target.Node, step);
                }
                else
                {
                    var reply = await connection.PostActionAsync(resetPath, ResetBody(step), cancellationToken);
                    Log.ResetSent(_logger, target.Node, step, connection.Endpoint, reply.Reason);
                    if (!reply.IsSuccess)
                    {
                        return Result(target, request.Action, PowerStatus.Refused, state, $"ComputerSystem.Reset {step} refused: {reply.Reason}") with { ResetTypes = [.. sent] };
                    }
                }

                sent.Add(step);
                if (position >= resumed && request.ResetSent is { } saved)
                {
                    await saved(target, [.. sent], cancellationToken);
                }

                var reach = position == plan.Steps.Count - 1 ? plan.Target : "Off";
                state = await WaitForAsync(connection, systemPath, reach, request.PollInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var (last, _) = await ReadAsync(connection, systemPath, cancellationToken);
            return Result(target, request.Action, PowerStatus.TimedOut, last?.PowerState ?? state,
                $"PowerState is '{last?.PowerState ?? state}', not '{plan.Target}', {request.Timeout.TotalSeconds:0.#} s after the reset") with { ResetTypes = sent };
        }

        return Result(target, request.Action, PowerStatus.Ok, state, null) with { ResetTypes = sent };
    }

    private async Task<string?> WaitForAsync(RedfishConnection connection, string systemPath, string target, TimeSpan interval, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (info, _) = await ReadAsync(connection, systemPath, cancellationToken);
            if (info?.PowerState is { } state && string.Equals(state, target, StringComparison.OrdinalIgnoreCase))
            {
                return state;
            }

            await Task.Delay(interval, time, cancellationToken);
        }
    }

    private static async Task<(SystemPowerInfo? Info, string? Problem)> ReadAsync(RedfishConnection connection, string path, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync(path, authenticated: true, cancellationToken);
        return reply.IsSuccess && reply.Document is { } document
            ? (SystemPowerInfo.Read(document), null)
            : (null, $"GET {path}: {reply.Reason}");
    }

    private static bool StartsWith(IReadOnlyList<string> steps, IReadOnlyList<string> prefix) =>
        prefix.Count > 0 && steps.Take(prefix.Count).SequenceEqual(prefix, StringComparer.Ordinal);

    private static byte[] ResetBody(string resetType)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("ResetType", resetType);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static NodePowerResult Result(PowerTarget target, PowerAction action, PowerStatus status, string? state, string? message) => new()
    {
        Node = target.Node,
        Action = action.ToString().ToLowerInvariant(),
        Status = status,
        PowerState = state,
        Message = message,
    };
}
