using System.CommandLine;
using System.Text;
using Discovery.Api;
using Discovery.Boot.Sessions;
using Discovery.Cli.Settings;
using Discovery.Store;
using Microsoft.Extensions.Logging;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover serve --listen 127.0.0.1:8080</c>: the inventory API over the store in <c>--data-dir</c> (or in memory),
/// until Ctrl-C or SIGTERM; then a last snapshot. Mutations need a bearer JWT (HS256 secret from
/// <c>--jwt-secret-file</c> or <c>$DISCOVER_JWT_SECRET</c>, or <c>--jwks FILE</c>) unless <c>--auth none</c>.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        string[] keys = [DataDir, Listen, InMemory, Auth, Discovery.Configuration.SettingKeys.JwtSecret, JwtSecretFile, Jwks, JwtIssuer, JwtAudience, SnapshotInterval, SnapshotRetain, Discovery.Configuration.SettingKeys.LogLevel, LogDir, MissingAfter];
        var settings = new CommandSettings(common, [.. keys, .. BootSessionServices.Keys], stage: "serve");
        var sessionSetup = new BootSessionSetup();
        var command = new Command("serve", "Serve the inventory API (nodes, BMCs, interfaces, groups, boot profiles, session templates) and the BOS v2 subset (/v2: templates, sessions, components), running boot sessions");
        settings.AddTo(command);
        sessionSetup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var options = await ApiSettings.FromAsync(effective, context.Home, cancellationToken);
            var mode = options.Auth;
            using var loggers = CliLogging.Create(context, effective);
            var storeOptions = ApiSettings.Store(effective, context.Home, context.TimeProvider, loggers.CreateLogger<InventoryStore>());
            using var store = await InventoryStore.OpenAsync(storeOptions, cancellationToken);
            await InventoryOptions.ReportAsync(context, Pipeline.StoreOpenNotes.Of(store), cancellationToken);
            await using var sessions = await BootSessionServices.CreateAsync(sessionSetup.Environment(context, effective, parseResult, loggers), store, cancellationToken);
            await using (var host = ApiSettings.CreateHost(options, store, logging => CliLogging.Configure(logging, context, effective), sessions))
            {
                if (mode == ApiAuthMode.None)
                {
                    await context.Error.WriteLineAsync(NoAuthWarning(options.Listen).AsMemory(), cancellationToken);
                }

                await host.StartAsync(cancellationToken);
                // A session an earlier process left pending or running (it stopped or was killed) carries on.
                if (!store.IsReadOnly && await sessions.ResumeAsync(cancellationToken) is { Count: > 0 } resumed)
                {
                    await context.Error.WriteLineAsync($"discover: resumed boot session(s) {string.Join(", ", resumed)}".AsMemory(), cancellationToken);
                }

                var where = storeOptions.InMemory ? $"in memory (snapshots in {storeOptions.DataDirectory})" : storeOptions.DataDirectory;
                await context.Error.WriteLineAsync(
                    $"discover: serving the inventory in {where} on {string.Join(", ", host.Addresses)} (auth {mode.ToString().ToLowerInvariant()})".AsMemory(),
                    cancellationToken);
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C or SIGTERM: a normal way to stop a server.
                }

                using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                await host.StopAsync(shutdown.Token);
            }

            await context.Error.WriteLineAsync("discover: stopped; last snapshot written".AsMemory(), CancellationToken.None);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string NoAuthWarning(string listen) => new StringBuilder()
        .AppendLine("**************************************************************************")
        .AppendLine($"WARNING: --auth none: ANYONE who can reach {listen} can change or delete")
        .AppendLine("the inventory. Use it only on a lab machine you alone can reach.")
        .Append("**************************************************************************")
        .ToString();
}
