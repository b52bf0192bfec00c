using System.CommandLine;
using Discovery.Api;
using Discovery.Cli.Output;
using Discovery.Store.Remote;
using Discovery.Store;
using Discovery.Text;
using Discovery.Cli.Settings;

namespace Discovery.Cli.Commands;

/// <summary><c>discover history [NODE] [--kind K] [--since TIME] [--before SEQ]</c>: what changed and when (added, changed with the fields, removed).</summary>
internal static class HistoryCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var inventory = new InventoryOptions(common);
        var record = new Argument<string?>("NAME") { Description = "A record's id, xname or name (a removed node is found by its old xname)", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<string?>("--kind") { Description = "Only node, bmc, interface, group or boot-profile events", HelpName = "KIND" };
        var since = new Option<string?>("--since") { Description = "Only events at or after TIME (ISO 8601, or an age: 2h, 7d)", HelpName = "TIME" };
        // The API caps a history page at 100000 too.
        var limit = BoundedOption.Integer("--limit", "The newest N events (default 1000)", 1, 100_000);
        var before = BoundedOption.Integer("--before", "Only events older than sequence SEQ: the first sequence of the page shown, to page back", 0, long.MaxValue, "SEQ");
        var parts = new Option<bool>("--parts") { Description = "Only the node's part events: FRUs added, removed, moved between nodes, firmware changed" };
        var command = new Command("history", "Show what changed in the inventory, and when") { record, kind, since, limit, before, parts };
        inventory.AddTo(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            RecordKind? recordKind = null;
            if (parseResult.GetValue(kind) is { } text)
            {
                recordKind = RecordKinds.TryParse(text, out var k) ? k : throw new CliUsageException($"--kind {QuotedValue.Of(text)} is not node, bmc, interface, group or boot-profile");
            }

            var query = new HistoryQuery
            {
                Kind = recordKind,
                Parts = parseResult.GetValue(parts),
                Record = parseResult.GetValue(record),
                Since = parseResult.GetValue(since) is { } s ? Configuration.InstantText.Parse(s, "--since", context.TimeProvider) : null,
                Limit = (int)(parseResult.GetValue(limit) ?? 1000),
                Before = parseResult.GetValue(before),
            };
            using var store = await inventory.OpenAsync(context, parseResult, cancellationToken);
            var events = await store.ReadHistoryAsync(query, cancellationToken);
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteListAsync(events, ApiJsonContext.Default.HistoryEvent, HistoryTableColumns.All, cancellationToken);
            if (events.Count == 0 && query.Record is not null)
            {
                await context.Error.WriteLineAsync($"history: nothing recorded for {QuotedValue.Of(query.Record)}".AsMemory(), cancellationToken);
                return ExitCodes.SomeTargetsFailed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
