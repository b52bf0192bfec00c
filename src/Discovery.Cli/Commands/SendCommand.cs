using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Pipeline;
using Discovery.Smd.Sending;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover send --smd URL [RUN]</c>: registers the BMCs of a collect run (from the crawl log; the newest
/// collect run by default) with OpenCHAMI SMD (<see cref="SendJob"/>), prints a row per BMC and exits 4 when any failed.
/// </summary>
internal static class SendCommand
{
    private static readonly string[] Keys =
    [
        SmdUrl, SmdToken, SmdTokenFile, SmdCaCert, SmdRetries, SmdSendPassword, SmdDryRun, SmdForce,
        Username, Password, PasswordFile, PasswordStdin, SecretsStoreEnabled, SecretsStoreFile, SecretsKeyFile, LogDir, StateDir, LogLevel,
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var run = new Argument<string>("RUN")
        {
            Description = "The collect run whose BMCs to send (see 'discover logs runs'); default: the newest collect run",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var settings = new CommandSettings(common, Keys, stage: "smd");
        var command = new Command(
            "send",
            "Register the BMCs of a collect run with OpenCHAMI SMD: a RedfishEndpoint per BMC (POST, PUT when it exists, then a GET to " +
            "confirm), plus the node NICs SMD would not create; BMCs unchanged since SMD last confirmed them get no write") { run };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var request = await JobPlans.SendRequestAsync(effective, context.Home, parseResult.GetValue(run), cancellationToken);
            using var loggers = CliLogging.Create(context, effective);
            var credentials = await CliCredentials.CreateProviderAsync(context, JobPlans.Credentials(effective, context.Home), loggers, cancellationToken);
            var result = await new SendJob(credentials, context.TimeProvider, loggers).RunAsync(request, cancellationToken);
            await context.Error.WriteLineAsync($"send: {result.BmcCount} BMC(s) from {result.Source}".AsMemory(), cancellationToken);
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await StepReports.WriteSmdAsync(
                context, result.Smd, sent => renderer.WriteListAsync(sent.Results, CliJsonContext.Default.SmdBmcResult, SmdBmcTableColumns.All, cancellationToken), cancellationToken);
            return ExitCodes.For(result.Smd);
        });
        return command;
    }
}
