using System.CommandLine;
using Discovery.Pipeline;
using Discovery.Store;
using Discovery.Text;
using Discovery.Cli.Settings;

namespace Discovery.Cli.Commands;

/// <summary><c>discover delete node X</c> (or bmc, interface, group, boot-profile, session-template): removes one record; history keeps its past.</summary>
internal static class DeleteCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var inventory = new InventoryOptions(common);
        var kind = new Argument<string>("KIND") { Description = "node, bmc, interface, group, boot-profile or session-template" };
        var key = new Argument<string>("NAME") { Description = "id, xname (nodes, BMCs), name (groups, profiles) or MAC (interfaces)" };
        var ifMatch = BoundedOption.Integer("--if-match", "Delete only if the record is still at this version (its ETag)", 0, long.MaxValue, "VERSION");
        var command = new Command("delete", "Delete an inventory record") { kind, key, ifMatch };
        inventory.AddTo(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(kind)!;
            if (!RecordKinds.TryParse(text, out var recordKind))
            {
                throw new CliUsageException($"{QuotedValue.Of(text)} is not a kind of record; use node, bmc, interface, group, boot-profile or session-template");
            }

            var name = parseResult.GetValue(key)!;
            var conditions = new WriteConditions { IfMatch = parseResult.GetValue(ifMatch) };
            using var store = await inventory.OpenAsync(context, parseResult, cancellationToken);
            var (outcome, message) = await RecordDeletion.DeleteAsync(store, recordKind, name, conditions, cancellationToken);
            if (outcome == WriteOutcome.Deleted)
            {
                await context.Error.WriteLineAsync($"deleted {RecordKinds.Name(recordKind)} {name}".AsMemory(), cancellationToken);
                return ExitCodes.Ok;
            }

            await context.Error.WriteLineAsync($"discover: {message}".AsMemory(), cancellationToken);
            return ExitCodes.SomeTargetsFailed;
        });
        return command;
    }
}
