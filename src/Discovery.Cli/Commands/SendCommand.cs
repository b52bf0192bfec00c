using System.CommandLine;
using Discovery.Cli.Output;
using Discovery.Cli.Pipeline;
using Discovery.Credentials;
using Discovery.Smd.Sending;
using DuckDB.NET.Data;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover send --smd URL [RUN]</c>: registers the BMCs of a collect run (from the crawl log; the newest
/// collect run by default) with OpenCHAMI SMD, prints a row per BMC and exits 4 when any failed.
/// </summary>
internal static class SendCommand
{
    private static readonly TableColumn<SmdBmcResult>[] Columns =
    [
        new("Xname", r => r.Xname),
        new("BMC", r => r.Bmc),
        new("Action", r => r.Action switch
        {
            SmdAction.Created => "created",
            SmdAction.Updated => "updated",
            SmdAction.Unchanged => "unchanged",
            SmdAction.WouldSend => "would send",
            _ => "failed",
        }),
        new("Detail", r => r.Detail),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var source = new SendSourceOptions(context);
        var smd = new SmdOptions(inCollect: false);
        var credentials = new SecretsCredentialOptions(context);
        credentials.Username.Description =
            $"The BMC account registered as each endpoint's User, for BMCs without a secrets-store entry (default {CredentialRequest.DefaultUsername}; " +
            "give the --username the collect used)";
        credentials.PasswordFile.Description =
            $"Read the BMC password for --send-bmc-password from the first line of FILE (else {PasswordResolver.EnvironmentVariable}, --password-stdin, or the secrets store)";
        var command = new Command(
            "send",
            "Register the BMCs of a collect run with OpenCHAMI SMD: a RedfishEndpoint per BMC (POST, PUT when it exists, then a GET to " +
            "confirm), plus the node NICs SMD would not create; BMCs unchanged since SMD last confirmed them get no write");
        source.AddTo(command);
        foreach (var option in smd.All.Concat(credentials.All))
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = await smd.ToSettingsAsync(context, parseResult, cancellationToken);
            var provider = await credentials.CreateProviderAsync(context, parseResult, cancellationToken);
            SendSource loaded;
            try
            {
                loaded = await source.LoadAsync(parseResult, cancellationToken);
            }
            catch (Exception ex) when (ex is DuckDBException or IOException && !cancellationToken.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync($"discover: crawl log: {ex.Message}".AsMemory(), CancellationToken.None);
                return ExitCodes.LocalFailure;
            }

            await context.Error.WriteLineAsync($"send: {loaded.Inventories.Count} BMC(s) from {loaded.Description}".AsMemory(), cancellationToken);
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            return await SmdRegistration.RunAsync(
                context,
                settings,
                parseResult.GetRequiredValue(common.StateDir),
                loaded.Inventories,
                provider,
                parseResult.GetValue(credentials.Username) ?? CredentialRequest.DefaultUsername,
                (result, token) => renderer.WriteListAsync(result.Results, CliJsonContext.Default.SmdBmcResult, Columns, token),
                cancellationToken);
        });
        return command;
    }
}
