using System.CommandLine;
using Discovery.Storage.Inventory;

namespace Discovery.Cli.Pipeline;

/// <summary><c>--data-dir</c> and <c>--no-store</c> for the commands that upsert what they find (collect, crawl).</summary>
internal sealed class CollectStoreOptions
{
    public CollectStoreOptions(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DataDir = new Option<string>("--data-dir")
        {
            Description = $"Inventory store to upsert into (env {InventoryStoreDirectory.EnvironmentVariable}, default $XDG_DATA_HOME/discover/store or ~/.local/share/discover/store)",
            HelpName = "DIR",
            DefaultValueFactory = _ => InventoryStoreDirectory.ResolveDefault(context.GetEnvironmentVariable),
        };
    }

    public Option<string> DataDir { get; }

    public Option<bool> NoStore { get; } = new("--no-store") { Description = "Do not upsert the records into the inventory store" };

    public IEnumerable<Option> All => [DataDir, NoStore];

    /// <summary>The store folder to upsert into, or null with <c>--no-store</c>.</summary>
    public string? Directory(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(NoStore) ? null : parseResult.GetValue(DataDir);
    }
}
