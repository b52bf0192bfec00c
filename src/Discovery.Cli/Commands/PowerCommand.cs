using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using Discovery.Power;
using Discovery.Text;
using Microsoft.Extensions.Logging;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover power status|on|off|reset|cycle NODE... | --group G</c>: ComputerSystem.Reset through each node's BMC
/// (<see cref="PowerController"/>), one row per node. Exit code 0 when every node is ok, 1 when any is not, 2 for
/// an unknown node or group.
/// </summary>
internal static class PowerCommand
{
    private static readonly string[] Keys =
    [
        RequestTimeout, Retries, PerBmc, CaCert, Pin,
        Username, Password, PasswordFile, PasswordStdin, SecretsStoreEnabled, SecretsStoreFile, SecretsKeyFile,
        DataDir, Server, ServerToken, ServerTokenFile, StateDir, Configuration.SettingKeys.LogLevel,
    ];

    private static readonly TableColumn<NodePowerResult>[] Columns =
    [
        new("Node", r => r.Node),
        new("BMC", r => r.Bmc),
        new("Power", r => r.PowerState),
        new("Status", r => r.StatusName.Replace('_', ' ')),
        new("Reset", r => string.Join(", ", r.ResetTypes)),
        new("Detail", r => r.Message),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var action = new Argument<string>("ACTION") { Description = "status, on, off, reset (restart) or cycle (power cycle)" };
        var nodes = new Argument<string[]>("NODE") { Description = "Nodes by xname or id", Arity = ArgumentArity.ZeroOrMore };
        var group = new Option<string?>("--group", "-g") { Description = "Every node of this group", HelpName = "G" };
        var timeout = BoundedOption.Duration("--timeout", "How long each node may take to reach its target state after the reset", TimeSpan.FromSeconds(1), TimeSpan.FromHours(2), TimeSpan.FromMinutes(5));
        var poll = BoundedOption.Duration("--poll-interval", "Time between PowerState reads while waiting", TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(2));
        var parallel = BoundedOption.Integer("--parallel", "BMCs worked on at once (one session each; default 16)", 1, 1024);
        var settings = new CommandSettings(common, Keys);
        var command = new Command(
            "power",
            "Read or change nodes' power through their BMC (ComputerSystem.Reset with a type the BMC allows), waiting until PowerState reaches the target")
        { action, nodes, group, timeout, poll, parallel };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(action)!;
            if (!Enum.TryParse<PowerAction>(text, ignoreCase: true, out var powerAction) || !Enum.IsDefined(powerAction) || int.TryParse(text, out _))
            {
                throw new CliUsageException($"ACTION {QuotedValue.Of(text)} is not one of status, on, off, reset, cycle");
            }

            var names = parseResult.GetValue(nodes) ?? [];
            var groupName = parseResult.GetValue(group);
            if (names.Length == 0 && groupName is null)
            {
                throw new CliUsageException("name the nodes (NODE...) or a group (--group G)");
            }

            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var errors = new List<string>();
            var client = JobPlans.Client(effective, context.Home, errors);
            var store = await JobPlans.StoreAsync(effective, context.Home, errors, cancellationToken);
            JobPlans.ThrowIfAny(errors);
            using var loggers = CliLogging.Create(context, effective);
            IReadOnlyList<PowerTarget> targets;
            var (inventory, notes) = await store!.OpenAsync(context.TimeProvider, logger: null, cancellationToken);
            using (inventory)
            {
                await InventoryOptions.ReportAsync(context, notes, cancellationToken);
                targets = await PowerTargets.ResolveAsync(inventory, names, groupName, cancellationToken);
            }

            var credentials = await CliCredentials.CreateProviderAsync(context, JobPlans.Credentials(effective, context.Home), loggers, cancellationToken);
            var request = new PowerRequest
            {
                Action = powerAction,
                Targets = targets,
                Client = client,
                Timeout = parseResult.GetValue(timeout),
                PollInterval = parseResult.GetValue(poll),
                MaxParallelBmcs = (int?)parseResult.GetValue(parallel) ?? 16,
            };
            var results = await new PowerController(credentials, context.TimeProvider, loggers.CreateLogger<PowerController>()).RunAsync(request, cancellationToken);
            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(results, PowerJsonContext.Default.NodePowerResult, Columns, cancellationToken);
            var ok = results.Count(r => r.Status == PowerStatus.Ok);
            await context.Error.WriteLineAsync($"power {powerAction.ToString().ToLowerInvariant()}: {ok}/{results.Count} nodes ok".AsMemory(), cancellationToken);
            return ok == results.Count ? ExitCodes.Ok : ExitCodes.SomeTargetsFailed;
        });
        return command;
    }
}
