using System.CommandLine;
using Discovery.Store.Remote;
using Discovery.Store;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>--data-dir</c>, <c>--server</c> and <c>--token-file</c>: where the inventory commands (get, apply, delete, history,
/// snapshot) find the inventory: the local store, or a <c>discover serve</c> API. The token comes from the file or
/// <c>$DISCOVER_TOKEN</c>, never from an option value (it would show in process listings).
/// </summary>
internal sealed class InventoryOptions
{
    public const string TokenVariable = "DISCOVER_TOKEN";
    public const string ServerVariable = "DISCOVER_SERVER";

    public InventoryOptions(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DataDir = new Option<string>("--data-dir")
        {
            Description = $"Inventory store folder (env {InventoryStoreDirectory.EnvironmentVariable}, default $XDG_DATA_HOME/discover/store or ~/.local/share/discover/store)",
            HelpName = "DIR",
            DefaultValueFactory = _ => InventoryStoreDirectory.ResolveDefault(context.GetEnvironmentVariable),
        };
        Server = new Option<string?>("--server")
        {
            Description = $"Use the discover serve API at URL instead of the local store (env {ServerVariable})",
            HelpName = "URL",
            DefaultValueFactory = _ => context.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null,
        };
        TokenFile = new Option<FileInfo?>("--token-file")
        {
            Description = $"File holding the bearer token for --server mutations (else env {TokenVariable})",
            HelpName = "FILE",
        };
    }

    public Option<string> DataDir { get; }

    public Option<string?> Server { get; }

    public Option<FileInfo?> TokenFile { get; }

    public IEnumerable<Option> All => [DataDir, Server, TokenFile];

    /// <summary>The local store (opened; restored from a snapshot if its working set is gone) or the API client.</summary>
    /// <exception cref="CliUsageException">The server URL or token file is unusable.</exception>
    /// <exception cref="InventoryStoreLockedException">The store is held by a running serve.</exception>
    public async Task<IInventory> OpenAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parseResult);
        var tokenFile = parseResult.GetValue(TokenFile);
        return await OpenAsync(context, parseResult.GetValue(Server), tokenFile?.FullName, parseResult.GetValue(DataDir)!, cancellationToken);
    }

    /// <summary>
    /// The API client of <paramref name="server"/> when given (its token from <paramref name="tokenFile"/>, else
    /// <c>$DISCOVER_TOKEN</c>), else the local store in <paramref name="dataDirectory"/>; <c>discover run</c> calls this
    /// with its settings.
    /// </summary>
    public static async Task<IInventory> OpenAsync(
        CliContext context, string? server, string? tokenFile, string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (server is not null)
        {
            if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new CliUsageException($"--server '{server}' is not an http(s) URL");
            }

            return new InventoryApiClient(uri, await ReadTokenAsync(context, tokenFile, cancellationToken));
        }

        var store = await InventoryStore.OpenAsync(
            new InventoryStoreOptions { DataDirectory = dataDirectory, TimeProvider = context.TimeProvider }, cancellationToken);
        await ReportOpenAsync(context, store, cancellationToken);
        return store;
    }

    /// <summary>Says on stderr when opening restored a snapshot or set an unreadable working set aside.</summary>
    public static async Task ReportOpenAsync(CliContext context, InventoryStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var report = store.OpenReport;
        if (report.MovedAside is { } aside)
        {
            await context.Error.WriteLineAsync($"discover: the working set did not read ({report.Problem}); kept as {aside}".AsMemory(), cancellationToken);
        }

        foreach (var skipped in report.SkippedSnapshots)
        {
            await context.Error.WriteLineAsync($"discover: snapshot skipped: {skipped}".AsMemory(), cancellationToken);
        }

        if (report.RestoredSnapshot is { } snapshot && store.Snapshot is null)
        {
            await context.Error.WriteLineAsync($"discover: restored the inventory from snapshot {snapshot}".AsMemory(), cancellationToken);
        }
    }

    private static async Task<string?> ReadTokenAsync(CliContext context, string? file, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            try
            {
                return (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"--token-file {file}: {ex.Message}", ex);
            }
        }

        return context.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token ? token.Trim() : null;
    }
}
