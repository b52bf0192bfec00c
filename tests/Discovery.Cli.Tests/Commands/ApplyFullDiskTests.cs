using System.Text.Json;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

/// <summary><c>discover apply</c> with the data folder on a full disk: a clear error and exit 3, never a stack trace (issue 13, item 3).</summary>
public sealed class ApplyFullDiskTests
{
    private static string Manifests => Path.Combine(AppContext.BaseDirectory, "manifests");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apply_NewStoreOnAFullDisk_SaysTheDiskIsFullAndSetsNothingAside()
    {
        using var disk = await SmallDisk.MountAsync(Token);
        disk.Fill();
        var store = disk.File("store");
        var cli = new CliTestContext();

        var exit = await cli.RunAsync("apply", "-f", Manifests, "--data-dir", store);

        var error = cli.Error.ToString();
        Assert.True(exit == ExitCodes.LocalFailure, error);
        Assert.Contains(Path.Combine(store, "inventory.duckdb"), error, StringComparison.Ordinal);
        Assert.Contains("the disk is full (No space left on device)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        // Not mistaken for a damaged store: nothing moved aside, and no empty store file left.
        Assert.Empty(Directory.Exists(store) ? Directory.GetFiles(store) : []);
    }

    [Fact]
    public async Task Apply_ExistingStoreOnAFullDisk_SaysTheDiskIsFullAndKeepsWhatWasStored()
    {
        using var disk = await SmallDisk.MountAsync(Token);
        using var temp = new TempDirectory();
        var store = disk.File("store");
        await File.WriteAllTextAsync(temp.File("kept.yaml"), "kind: NodeGroup\nname: kept\n", Token);
        Assert.Equal(0, await new CliTestContext().RunAsync("apply", "-f", temp.File("kept.yaml"), "--data-dir", store));
        disk.Fill();
        var full = new CliTestContext();

        var exit = await full.RunAsync("apply", "-f", Manifests, "--data-dir", store);

        var error = full.Error.ToString();
        Assert.True(exit == ExitCodes.LocalFailure, error);
        Assert.Contains(Path.Combine(store, "inventory.duckdb"), error, StringComparison.Ordinal);
        Assert.Contains("the disk is full (No space left on device)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        // With room again the same apply goes through, and the group stored before the disk filled is still there.
        disk.Free();
        var again = new CliTestContext();
        Assert.True(await again.RunAsync("apply", "-f", Manifests, "--data-dir", store) == 0, again.Error.ToString());
        var groups = new CliTestContext();
        await groups.RunAsync("get", "groups", "--data-dir", store, "-o", "json");
        var names = JsonDocument.Parse(groups.Output.ToString()).RootElement.EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToList();
        Assert.Equal(["compute", "debug", "kept"], names.Order(StringComparer.Ordinal));
    }
}
