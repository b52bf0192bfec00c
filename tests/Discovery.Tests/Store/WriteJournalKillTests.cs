using System.Diagnostics;
using System.Globalization;
using Discovery.Records;
using Discovery.Store.DuckDb;
using Discovery.Testing;
using Discovery.Tests;
using Discovery.Tests.TestSupport;

namespace Discovery.Store.Tests;

/// <summary>
/// The write journal under kill -9 (issue 14): a process acknowledging writes from the journal while DuckDB is held
/// behind is killed; opening the store again replays every acknowledged write exactly once, ignores a torn last record,
/// and a second replay of the same journal changes nothing.
/// </summary>
public sealed class WriteJournalKillTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task KilledWhileDuckDbBehind_ReopenReplaysEveryAcknowledgedWriteOnce_TornTailIgnored_ReplayAgainChangesNothing()
    {
        var dataDirectory = Path.Combine(_directory.Path, "store");
        var acknowledged = await AcknowledgedUntilKilledAsync(dataDirectory, atLeast: 300);
        var journalPath = Path.Combine(dataDirectory, WriteJournal.FileName);
        var journal = File.ReadAllBytes(journalPath);

        // DuckDB was behind at the kill: its file holds fewer nodes than were acknowledged.
        Assert.NotEmpty(journal);
        Assert.True(NodesInDuckDb(dataDirectory) < acknowledged.Select(a => a.Xname).Distinct().Count());

        // A record being appended at the kill, cut short: its length promises more bytes than follow.
        File.WriteAllBytes(journalPath, [.. journal, .. BitConverter.GetBytes(4096), .. BitConverter.GetBytes(0u), .. new byte[100]]);
        var first = await ReadBackAsync(dataDirectory);
        Assert.Equal(0, new FileInfo(journalPath).Length);
        Check(acknowledged, first);

        // The crash came after DuckDB took the journal in but before it was emptied: the same journal again (now ending in a
        // whole-length record whose checksum fails) changes nothing.
        File.WriteAllBytes(journalPath, [.. journal, .. BitConverter.GetBytes(12), .. BitConverter.GetBytes(12345u), .. new byte[12]]);
        var second = await ReadBackAsync(dataDirectory);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.History, second.History);
        Assert.Equal(first.Nodes.Count, second.Nodes.Count);
    }

    private static void Check(List<(string Xname, string Hostname, long Version)> acknowledged, Stored stored)
    {
        foreach (var writes in acknowledged.GroupBy(a => a.Xname))
        {
            var last = writes.MaxBy(w => w.Version);
            Assert.True(stored.Nodes.TryGetValue(writes.Key, out var node), $"{writes.Key} was acknowledged and is gone");
            // The last acknowledged write, or a later one acknowledged as the kill came (its line never printed).
            Assert.True(node.Version > last.Version || (node.Version == last.Version && node.Record.Hostname == last.Hostname), $"{writes.Key}: {node.Record.Hostname} at {node.Version}, acknowledged {last.Hostname} at {last.Version}");
            var events = stored.History.Where(h => h.Id == node.Record.Id).Select(h => h.Sequence).ToList();
            Assert.Equal(node.Record.Hostname!.StartsWith('m') ? 2 : 1, events.Count);
            Assert.Subset(events.ToHashSet(), writes.Select(w => w.Version).ToHashSet());
        }

        // Each node has the NIC it was created with, once.
        foreach (var node in stored.Nodes.Values)
        {
            var writer = int.Parse(node.Record.Xname![1..5], CultureInfo.InvariantCulture) - 3000;
            var i = int.Parse(node.Record.Hostname![1..], CultureInfo.InvariantCulture);
            Assert.Equal([JournalWriterChild.Mac(writer, i)], node.Record.NetworkInterfaces.Select(n => n.MacAddress));
        }

        Assert.Equal(stored.History.Count, stored.History.Select(h => h.Sequence).Distinct().Count());
    }

    private static async Task<Stored> ReadBackAsync(string dataDirectory)
    {
        using var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = dataDirectory }, Token);
        Assert.Null(store.OpenReport.RestoredSnapshot);
        var nodes = (await store.Nodes.ListAsync(new RecordQuery { Limit = null }, Token)).Items;
        var history = await store.ReadHistoryAsync(new HistoryQuery { Kind = RecordKind.Node, Limit = 1_000_000 }, Token);
        var versions = new Dictionary<string, Versioned<ComputeNode>>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            versions[node.Xname!] = (await store.Nodes.GetAsync(node.Xname!, Token))!;
        }

        return new Stored(store.Version, versions, [.. history.Select(h => (h.RecordId, h.Sequence)).Order()]);
    }

    private static long NodesInDuckDb(string dataDirectory)
    {
        using var connection = DuckDbConnections.Open(Path.Combine(dataDirectory, InventoryStoreOptions.DatabaseFileName));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM nodes";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the journal writer child until it acknowledged <paramref name="atLeast"/> writes, kills it with SIGKILL, and returns every write it acknowledged.</summary>
    private async Task<List<(string Xname, string Hostname, long Version)>> AcknowledgedUntilKilledAsync(string dataDirectory, int atLeast)
    {
        var ackFile = Path.Combine(_directory.Path, "acks.txt");
        var info = new ProcessStartInfo(DotnetHost.Path) { UseShellExecute = false };
        foreach (var argument in new[] { "exec", typeof(HelperModes).Assembly.Location, "--journal-writer", dataDirectory, ackFile })
        {
            info.ArgumentList.Add(argument);
        }

        using var child = Process.Start(info)!;
        try
        {
            // A line is at least 20 bytes ("ack x3000c0s0b0n0 n0 1\n").
            await Poll.UntilAsync(() => child.HasExited || (File.Exists(ackFile) && new FileInfo(ackFile).Length >= atLeast * 20L), $"{atLeast} acknowledged writes", Token, TimeSpan.FromSeconds(120));
            Assert.False(child.HasExited, $"the writer ended before it was killed (exit {(child.HasExited ? child.ExitCode : 0)})");
            child.Kill(entireProcessTree: true);
            using var exit = CancellationTokenSource.CreateLinkedTokenSource(Token);
            exit.CancelAfter(TimeSpan.FromSeconds(60));
            await child.WaitForExitAsync(exit.Token);
            Assert.Equal(137, child.ExitCode); // 128 + SIGKILL
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }
        }

        return [.. Lines(ackFile).Select(line => line.Split(' ')).Select(f => (f[1], f[2], long.Parse(f[3], CultureInfo.InvariantCulture)))];
    }

    /// <summary>The whole lines of <paramref name="file"/> (a line is written in one call, so a cut one cannot occur; still, only whole ones count).</summary>
    private static string[] Lines(string file)
    {
        using var reader = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var text = new StreamReader(reader).ReadToEnd();
        return text[..(text.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed record Stored(long Version, Dictionary<string, Versioned<ComputeNode>> Nodes, List<(Guid Id, long Sequence)> History);
}
