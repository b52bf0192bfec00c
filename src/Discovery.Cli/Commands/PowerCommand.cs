using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using Discovery.Power;
using Discovery.Text;
using Microsoft.Extensions.Logging;
using static Discovery.Configuration.SettingKeys;
using Discovery.Pipeline.Reports;

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
            if (!JobPlans.TryParsePowerAction(text, out var powerAction))
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
            using var loggers = CliLogging.Create(context, effective);
            var (client, targets) = await JobPlans.PowerAsync(
                effective, context.Home, names, groupName, context.TimeProvider, notes => InventoryOptions.ReportAsync(context, notes, cancellationToken), cancellationToken);
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
            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(results, PowerJsonContext.Default.NodePowerResult, NodePowerTableColumns.All, cancellationToken);
            await context.Error.WriteLineAsync(ActionSummary.Power(powerAction, results).AsMemory(), cancellationToken);
            return ExitCodes.For(JobOutcomes.Of(results));
        });
        return command;
    }
}
