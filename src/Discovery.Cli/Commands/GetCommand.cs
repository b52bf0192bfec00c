using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Discovery.Api;
using Discovery.Cli.Output;
using Discovery.Pipeline;
using Discovery.Records;
using Discovery.Store.Remote;
using Discovery.Store;
using Discovery.Text;
using Discovery.Cli.Settings;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover get nodes|node X|bmcs|interfaces|groups|boot-profiles|parts [--as-of TIME] [filters] [-o yaml|json|table|wide]</c>:
/// reads the local store or <c>--server</c>. One node in JSON or YAML also shows its effective boot profile.
/// </summary>
internal static class GetCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var inventory = new InventoryOptions(common);
        var kind = new Argument<string>("KIND") { Description = "nodes, bmcs, interfaces, groups, boot-profiles, session-templates or parts (singular too)" };
        var key = new Argument<string?>("NAME") { Description = "One record: id, xname (nodes, BMCs), name (groups, profiles, templates) or MAC (interfaces)", Arity = ArgumentArity.ZeroOrOne };
        var asOf = new Option<string?>("--as-of") { Description = "Read the newest snapshot taken at or before TIME (ISO 8601, or an age: 2h, 7d)", HelpName = "TIME" };
        var where = new Option<string[]>("--where", "-w") { Description = "Filter NAME=VALUE (repeatable; see the API's filters: xname, hostname, arch, mac, ip, group, missing_ip, ...)", HelpName = "NAME=VALUE" };
        var xname = new Option<string?>("--xname") { Description = "Only this xname (glob with *)" };
        var mac = new Option<string?>("--mac") { Description = "Only records with this MAC" };
        var group = new Option<string?>("--group") { Description = "Only nodes in this group" };
        var missingIp = new Option<bool>("--missing-ip") { Description = "Only records without an IPv4 address" };
        var limit = BoundedOption.Integer("--limit", "At most N records", 1, 1_000_000);
        var command = new Command("get", "Show inventory records") { kind, key, asOf, where, xname, mac, group, missingIp, limit };
        inventory.AddTo(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(kind)!;
            var recordKind = default(RecordKind);
            if (!GetParts.Names(text) && !RecordKinds.TryParse(text, out recordKind))
            {
                throw new CliUsageException($"{QuotedValue.Of(text)} is not a kind of record; use nodes, bmcs, interfaces, groups, boot-profiles, session-templates or parts");
            }

            var filters = RecordFilterText.Parse(
                parseResult.GetValue(where) ?? [],
                ("xname", parseResult.GetValue(xname)), ("mac", parseResult.GetValue(mac)), ("group", parseResult.GetValue(group)),
                ("missing_ip", parseResult.GetValue(missingIp) ? "true" : null));
            var query = new RecordQuery
            {
                Filters = filters,
                Limit = (int?)parseResult.GetValue(limit),
                AsOf = parseResult.GetValue(asOf) is { } time ? Configuration.InstantText.Parse(time, "--as-of", context.TimeProvider) : null,
            };
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            if (GetParts.Names(text))
            {
                if (parseResult.GetValue(key) is not null || query.AsOf is not null)
                {
                    throw new CliUsageException("get parts takes no NAME and no --as-of; filter with --where kind=, serial=, model=, ...");
                }

                using var inventoryForParts = await inventory.OpenAsync(context, parseResult, cancellationToken);
                return await GetParts.ShowAsync(inventoryForParts, filters, query.Limit, renderer, cancellationToken);
            }

            var wide = renderer.Format == OutputFormat.Wide;
            using var store = await inventory.OpenAsync(context, parseResult, cancellationToken);
            var name = parseResult.GetValue(key);
            var json = InventoryJsonContext.Default;
            return recordKind switch
            {
                RecordKind.Node when name is not null && renderer.Format is OutputFormat.Json or OutputFormat.Yaml or OutputFormat.Jsonl =>
                    await ShowAsync(await NodeWithProfile.FindAsync(store, name, query, cancellationToken), renderer, cancellationToken),
                RecordKind.Node => await ShowAsync(store.Nodes, name, query, renderer, json.ComputeNode, wide ? RecordTableColumns.NodesWide : RecordTableColumns.Nodes, cancellationToken),
                RecordKind.Bmc => await ShowAsync(store.Bmcs, name, query, renderer, json.Bmc, wide ? RecordTableColumns.BmcsWide : RecordTableColumns.Bmcs, cancellationToken),
                RecordKind.Interface => await ShowAsync(store.Interfaces, name, query, renderer, json.NetworkInterface, wide ? RecordTableColumns.InterfacesWide : RecordTableColumns.Interfaces, cancellationToken),
                RecordKind.Group => await ShowAsync(store.Groups, name, query, renderer, json.NodeGroup, wide ? RecordTableColumns.GroupsWide : RecordTableColumns.Groups, cancellationToken),
                RecordKind.SessionTemplate => await ShowAsync(store.SessionTemplates, name, query, renderer, json.SessionTemplate, RecordTableColumns.SessionTemplates, cancellationToken),
                _ => await ShowAsync(store.BootProfiles, name, query, renderer, json.BootProfile, wide ? RecordTableColumns.BootProfilesWide : RecordTableColumns.BootProfiles, cancellationToken),
            };
        });
        return command;
    }

    private static async Task<int> ShowAsync(JsonElement document, OutputRenderer renderer, CancellationToken cancellationToken)
    {
        await renderer.WriteItemAsync(document, StorageJsonContext.Default.JsonElement, [], cancellationToken);
        return ExitCodes.Ok;
    }

    private static async Task<int> ShowAsync<T>(
        IRecordSet<T> set, string? name, RecordQuery query, OutputRenderer renderer, JsonTypeInfo<T> json, IReadOnlyList<TableColumn<T>> columns, CancellationToken cancellationToken)
        where T : class
    {
        if (name is null)
        {
            var page = await set.ListAsync(query, cancellationToken);
            await renderer.WriteListAsync(page.Items, json, columns, cancellationToken);
            return ExitCodes.Ok;
        }

        var record = await RecordLookup.FindAsync(set, name, query, json, cancellationToken);
        await renderer.WriteItemAsync(record, json, columns, cancellationToken);
        return ExitCodes.Ok;
    }
}
