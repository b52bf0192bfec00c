using Discovery.Testing;
using Discovery.Store.DuckDb;
using Discovery.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Discovery.Store.Tests;

/// <summary>
/// Files written before a record gained a column (simulated by dropping one) still open and restore: the working set
/// gains the column, a snapshot is read by column name, and the field reads as absent.
/// </summary>
public sealed class StoreSchemaBuilderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(InventorySamples.Start);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task OpenAsync_WorkingSetWithoutAColumn_AddsItAndKeepsTheRows()
    {
        using (var store = await InventorySamples.OpenAsync(_directory.Path, _clock))
        {
            await store.Nodes.CreateAsync(InventorySamples.Node(1) with { BiosVersion = "2.1" }, WriteConditions.None, Token);
        }

        using (var connection = DuckDbConnections.Open(Path.Combine(_directory.Path, "inventory.duckdb")))
        {
            // A working set from before nodes gained bios_version (and its id index): xname is its only index.
            connection.Execute("DROP INDEX nodes_id");
            connection.Execute("DROP INDEX nodes_xname");
            connection.Execute("ALTER TABLE nodes DROP COLUMN bios_version");
            connection.Execute("CREATE INDEX nodes_xname ON nodes (xname)");
        }

        using var reopened = await InventorySamples.OpenAsync(_directory.Path, _clock);
        var node = (await reopened.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        Assert.Equal(("x3000c0s1b0n0", null), (node.Xname, node.BiosVersion));
        var updated = await reopened.Nodes.ReplaceAsync("x3000c0s1b0n0", node with { BiosVersion = "2.2" }, WriteConditions.None, Token);
        Assert.Equal(WriteOutcome.Updated, updated.Outcome);
        Assert.Equal("2.2", (await reopened.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record.BiosVersion);
    }

    [Fact]
    public async Task RestoreSnapshotAsync_SnapshotWithoutAColumn_RestoresTheRestWithTheFieldAbsent()
    {
        using var store = await InventorySamples.OpenAsync(_directory.Path, _clock);
        await store.Nodes.CreateAsync(InventorySamples.Node(1) with { BiosVersion = "2.1" }, WriteConditions.None, Token);
        var snapshot = (await store.CreateSnapshotAsync(false, Token))!;
        var nodes = Path.Combine(snapshot.Path, "nodes.parquet");
        using (var connection = DuckDbConnections.Open(null))
        {
            var older = nodes + ".older";
            connection.Execute($"COPY (SELECT * EXCLUDE (bios_version) FROM read_parquet({DuckDbCommands.Literal(nodes)})) TO {DuckDbCommands.Literal(older)} (FORMAT parquet)");
            File.Move(older, nodes, overwrite: true);
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        await store.RestoreSnapshotAsync(snapshot.Name, Token);

        var node = (await store.Nodes.GetAsync("x3000c0s1b0n0", Token))!.Record;
        Assert.Equal(("x3000c0s1b0n0", null, 2), (node.Xname, node.BiosVersion, node.NetworkInterfaces.Count));
    }
}
