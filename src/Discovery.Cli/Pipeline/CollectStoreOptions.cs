using System.CommandLine;
using Discovery.Cli.Commands;
using Discovery.Store;

namespace Discovery.Cli.Pipeline;

/// <summary>
/// Where collect and crawl upsert what they find: the local store (<c>--data-dir</c>), a running
/// <c>discover serve</c> (<c>--server URL</c>, <c>--token-file</c>), or nowhere (<c>--no-store</c>).
/// </summary>
internal sealed class CollectStoreOptions
{
    private readonly InventoryOptions _inventory;

    public CollectStoreOptions(CliContext context)
    {
        _inventory = new InventoryOptions(context);
    }

    public Option<bool> NoStore { get; } = new("--no-store") { Description = "Do not upsert the records into the inventory" };

    public IEnumerable<Option> All => _inventory.All.Append(NoStore);

    /// <summary>The inventory to upsert into, or null with <c>--no-store</c>.</summary>
    public async Task<(IInventory Inventory, string Where)?> OpenAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.GetValue(NoStore))
        {
            return null;
        }

        var where = parseResult.GetValue(_inventory.Server) ?? parseResult.GetValue(_inventory.DataDir)!;
        return (await _inventory.OpenAsync(context, parseResult, cancellationToken), where);
    }
}
