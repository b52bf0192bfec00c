using System.CommandLine;
using Discovery.Pipeline;
using Discovery.Boot.Sessions;
using Discovery.Cli.Output;
using Discovery.Cli.Settings;
using Discovery.Text;
using static Discovery.Configuration.SettingKeys;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover boot session create|list|status|cancel</c>: BOS-style boot sessions against the local store (a created
/// session runs here to its end), or with <c>--server</c> through that serve's BOS v2 API (<c>--wait</c> polls until
/// the session ends). Exit code 0 when the session completed, 1 when it failed or was cancelled, 2 for bad input.
/// </summary>
internal static class BootSessionCommand
{
    private static readonly string[] StoreKeys = [DataDir, Server, ServerToken, ServerTokenFile];

    private static readonly string[] Keys = [.. StoreKeys, Configuration.SettingKeys.LogLevel, .. BootSessionServices.Keys];

    public static Command Create(CliContext context, CommonOptions common)
    {
        var session = new Command("session", "BOS-style boot sessions: a session template applied to nodes (boot, reboot or shutdown)");
        session.Subcommands.Add(CreateCommand(context, common));
        session.Subcommands.Add(ListCommand(context, common));
        session.Subcommands.Add(StatusCommand(context, common));
        session.Subcommands.Add(CancelCommand(context, common));
        return session;
    }

    private static Command CreateCommand(CliContext context, CommonOptions common)
    {
        var template = new Option<string>("--template", "-t") { Description = "The session template's name", Required = true, HelpName = "T" };
        var operation = new Option<string>("--operation") { Description = "boot, reboot or shutdown", Required = true };
        var group = new Option<string?>("--group", "-g") { Description = "Limit the session to this group's members", HelpName = "G" };
        var nodes = new Argument<string[]>("NODE") { Description = "Limit the session to these nodes", Arity = ArgumentArity.ZeroOrMore };
        var name = new Option<string?>("--name") { Description = "The session's name (default: a new UUID)" };
        var wait = new Option<bool>("--wait") { Description = "Wait for the session to end (a session created on the local store always runs here to its end)" };
        var setup = new BootSessionSetup();
        var settings = new CommandSettings(common, Keys);
        var command = new Command("create", "Create a boot session from a template and run it: BSS entries, cloud-init groups, power action per node, with retries")
        { template, operation, group, nodes, name, wait };
        settings.AddTo(command);
        setup.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new BootSessionCreate
            {
                Name = parseResult.GetValue(name),
                TemplateName = parseResult.GetValue(template)!,
                Operation = parseResult.GetValue(operation)!,
                Limit = BootSessionCreate.LimitOf(parseResult.GetValue(nodes) ?? [], parseResult.GetValue(group)),
                Sources = new Dictionary<string, string> { ["name"] = "--name", ["template_name"] = "--template", ["operation"] = "--operation", ["limit"] = "--group/NODE" },
            };
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            using var loggers = CliLogging.Create(context, effective);
            await using var sessions = await OpenAsync(context, setup.Environment(context, effective, parseResult, loggers), cancellationToken);
            var made = await sessions.CreateAsync(request, cancellationToken);
            await context.Error.WriteLineAsync($"boot session {made.Name}: {made.Components.Count} node(s)".AsMemory(), cancellationToken);
            return await ShowAsync(context, common, parseResult, await sessions.AfterCreateAsync(made.Name, parseResult.GetValue(wait), cancellationToken) ?? made, cancellationToken);
        });
        return command;
    }

    private static Command ListCommand(CliContext context, CommonOptions common)
    {
        var settings = new CommandSettings(common, StoreKeys);
        var command = new Command("list", "List boot sessions, oldest first");
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) => await WithStoreAsync(context, settings, parseResult, cancellationToken, async sessions =>
        {
            var all = await sessions.ListAsync(cancellationToken);
            await new OutputRenderer(context, parseResult.GetValue(common.OutputFormat)).WriteListAsync(all, BootSessionJsonContext.Default.BootSession, BootSessionTableColumns.Sessions, cancellationToken);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command StatusCommand(CliContext context, CommonOptions common) =>
        OneSessionCommand(context, common, "status", "Show a boot session and each of its nodes (status, phase, retries, error)",
            async (sessions, id, parseResult, cancellationToken) => await sessions.GetAsync(id, cancellationToken) is { } found
                ? await ShowAsync(context, common, parseResult, found, cancellationToken)
                : null);

    private static Command CancelCommand(CliContext context, CommonOptions common) =>
        OneSessionCommand(context, common, "cancel", "Cancel a boot session that has not ended (its open nodes become cancelled)",
            async (sessions, id, _, cancellationToken) =>
            {
                if (await sessions.CancelAsync(id, cancellationToken) is not { } ended)
                {
                    return null;
                }

                await context.Error.WriteLineAsync($"boot session {ended.Name}: {ended.Status}".AsMemory(), cancellationToken);
                return ExitCodes.Ok;
            });

    /// <summary>A command on one session named by ID; <paramref name="run"/> returns null when there is no such session.</summary>
    private static Command OneSessionCommand(
        CliContext context, CommonOptions common, string name, string description, Func<IBootSessions, string, ParseResult, CancellationToken, Task<int?>> run)
    {
        var id = new Argument<string>("ID") { Description = "The session's name" };
        var settings = new CommandSettings(common, StoreKeys);
        var command = new Command(name, description) { id };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) => await WithStoreAsync(context, settings, parseResult, cancellationToken, async sessions =>
            await run(sessions, parseResult.GetValue(id)!, parseResult, cancellationToken)
                ?? throw new CliUsageException($"no boot session {QuotedValue.Of(parseResult.GetValue(id))}")));
        return command;
    }

    private static async Task<int> ShowAsync(CliContext context, CommonOptions common, ParseResult parseResult, BootSession session, CancellationToken cancellationToken)
    {
        var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
        if (renderer.Format is OutputFormat.Table or OutputFormat.Wide)
        {
            await renderer.WriteItemAsync(session, BootSessionJsonContext.Default.BootSession, BootSessionTableColumns.Sessions, cancellationToken);
            await renderer.WriteListAsync(session.Nodes, BootSessionJsonContext.Default.BootSessionNode, BootSessionTableColumns.Nodes, cancellationToken);
        }
        else
        {
            await renderer.WriteItemAsync(session, BootSessionJsonContext.Default.BootSession, BootSessionTableColumns.Sessions, cancellationToken);
        }

        return ExitCodes.For(JobOutcomes.Of(session));
    }

    /// <summary>Runs <paramref name="run"/> on the sessions of the local store, or of the <c>--server</c>'s BOS API.</summary>
    private static async Task<int> WithStoreAsync(CliContext context, CommandSettings settings, ParseResult parseResult, CancellationToken cancellationToken, Func<IBootSessions, Task<int>> run)
    {
        var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
        await using var sessions = await OpenAsync(context, new BootSessionEnvironment { Settings = effective, Home = context.Home, Time = context.TimeProvider }, cancellationToken);
        return await run(sessions);
    }

    private static async Task<IBootSessions> OpenAsync(CliContext context, BootSessionEnvironment environment, CancellationToken cancellationToken)
    {
        var sessions = await BootSessionSources.OpenAsync(environment, cancellationToken);
        await InventoryOptions.ReportAsync(context, sessions.Notes, cancellationToken);
        return sessions;
    }
}
