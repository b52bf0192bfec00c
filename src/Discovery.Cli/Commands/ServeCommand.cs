using System.CommandLine;
using System.Text;
using Discovery.Api;
using Discovery.Store;
using Microsoft.Extensions.Logging;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover serve --listen 127.0.0.1:8080</c>: the inventory API over the store in <c>--data-dir</c> (or in memory),
/// until Ctrl-C or SIGTERM; then a last snapshot. Mutations need a bearer JWT (HS256 secret from
/// <c>--jwt-secret-file</c> or <c>$DISCOVER_JWT_SECRET</c>, or <c>--jwks FILE</c>) unless <c>--auth none</c>.
/// </summary>
internal static class ServeCommand
{
    public const string SecretVariable = "DISCOVER_JWT_SECRET";

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var inventory = new InventoryOptions(context);
        var listen = new Option<string>("--listen") { Description = "ADDRESS:PORT to listen on", HelpName = "ADDR:PORT", DefaultValueFactory = _ => "127.0.0.1:8080" };
        var inMemory = new Option<bool>("--in-memory") { Description = "Keep the working set in memory only (snapshots still go to --data-dir/snapshots)" };
        var auth = new Option<string>("--auth") { Description = "jwt (mutations need a bearer token) or none (anyone who reaches the port may write)", HelpName = "jwt|none", DefaultValueFactory = _ => "jwt" };
        var secretFile = new Option<FileInfo?>("--jwt-secret-file") { Description = $"File with the HS256 secret, at least 32 bytes (else env {SecretVariable})", HelpName = "FILE" };
        var jwks = new Option<FileInfo?>("--jwks") { Description = "JWKS file whose keys verify tokens (RS256, ES256, ...)", HelpName = "FILE" };
        var issuer = new Option<string?>("--jwt-issuer") { Description = "Require this iss claim", HelpName = "ISSUER" };
        var audience = new Option<string?>("--jwt-audience") { Description = "Require this aud claim", HelpName = "AUDIENCE" };
        var interval = new Option<string>("--snapshot-interval") { Description = "Snapshot this often when something changed (0: only at shutdown)", HelpName = "DURATION", DefaultValueFactory = _ => "15m" };
        var retain = new Option<int>("--snapshot-retain") { Description = "Snapshots to keep", HelpName = "N", DefaultValueFactory = _ => 24 };
        var command = new Command("serve", "Serve the inventory API (nodes, BMCs, interfaces, groups, boot profiles)")
        {
            listen, inventory.DataDir, inMemory, auth, secretFile, jwks, issuer, audience, interval, retain,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var mode = parseResult.GetValue(auth) switch
            {
                "jwt" => ApiAuthMode.Jwt,
                "none" => ApiAuthMode.None,
                var other => throw new CliUsageException($"--auth '{other}' is not jwt or none"),
            };
            var snapshotEvery = parseResult.GetValue(interval) is "0" ? TimeSpan.Zero : CliTime.ParseDuration(parseResult.GetValue(interval)!, "--snapshot-interval");
            var options = new ApiOptions
            {
                Listen = parseResult.GetValue(listen)!,
                Auth = mode,
                Hs256Secret = mode == ApiAuthMode.Jwt ? await ReadSecretAsync(context, parseResult.GetValue(secretFile), cancellationToken) : null,
                Jwks = parseResult.GetValue(jwks) is { } jwksFile ? await ReadFileAsync(jwksFile, "--jwks", cancellationToken) : null,
                Issuer = parseResult.GetValue(issuer),
                Audience = parseResult.GetValue(audience),
                SnapshotInterval = snapshotEvery,
            };
            try
            {
                ApiHost.ParseListen(options.Listen);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ex.Message, ex);
            }

            var dataDirectory = parseResult.GetValue(inventory.DataDir)!;
            using var store = await InventoryStore.OpenAsync(
                new InventoryStoreOptions
                {
                    DataDirectory = dataDirectory,
                    InMemory = parseResult.GetValue(inMemory),
                    SnapshotRetain = Math.Max(1, parseResult.GetValue(retain)),
                    TimeProvider = context.TimeProvider,
                },
                cancellationToken);
            await InventoryOptions.ReportOpenAsync(context, store, cancellationToken);
            ApiHost host;
            try
            {
                host = ApiHost.Create(options, store, logging => logging.AddSimpleConsole(o => o.SingleLine = true)
                    .AddFilter("Microsoft", LogLevel.Warning).AddFilter("System", LogLevel.Warning)
                    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException(ex.Message, ex);
            }

            await using (host)
            {
                if (mode == ApiAuthMode.None)
                {
                    await context.Error.WriteLineAsync(NoAuthWarning(options.Listen).AsMemory(), cancellationToken);
                }

                await host.StartAsync(cancellationToken);
                var where = parseResult.GetValue(inMemory) ? $"in memory (snapshots in {dataDirectory})" : dataDirectory;
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

    private static async Task<byte[]> ReadSecretAsync(CliContext context, FileInfo? file, CancellationToken cancellationToken)
    {
        var text = file is not null
            ? await ReadFileAsync(file, "--jwt-secret-file", cancellationToken)
            : context.GetEnvironmentVariable(SecretVariable);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var secret = Encoding.UTF8.GetBytes(text.TrimEnd('\r', '\n'));
        if (secret.Length < ApiOptions.MinimumSecretBytes)
        {
            var source = file is null ? SecretVariable : file.FullName;
            throw new CliUsageException($"the HS256 secret from {source} has {secret.Length} bytes; it needs at least {ApiOptions.MinimumSecretBytes}");
        }

        return secret;
    }

    private static async Task<string> ReadFileAsync(FileInfo file, string option, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option} {file.FullName}: {ex.Message}", ex);
        }
    }
}
