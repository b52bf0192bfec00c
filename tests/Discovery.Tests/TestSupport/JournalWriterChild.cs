using System.Globalization;
using Discovery.Records;
using Discovery.Store;

namespace Discovery.Tests.TestSupport;

/// <summary>
/// The <c>--journal-writer DATA_DIR ACK_FILE</c> helper mode (the write journal's kill -9 test): 16 writers create and then rename
/// nodes through the store's group commit, with DuckDB held behind (its apply of the journal never comes), printing
/// <c>ack XNAME HOSTNAME VERSION</c> to ACK_FILE for each acknowledged write (one write(2) a line: it is in the file once the
/// call returns, kill -9 or not), until killed.
/// </summary>
internal static class JournalWriterChild
{
    public static async Task<int> RunAsync(string dataDirectory, string ackFile)
    {
        using var acks = new FileStream(ackFile, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
        using var store = await InventoryStore.OpenAsync(
            new InventoryStoreOptions { DataDirectory = dataDirectory, JournalApplyDelay = Timeout.InfiniteTimeSpan }, CancellationToken.None);
        await store.LoadReadModelAsync();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; ; i++)
            {
                var node = new ComputeNode
                {
                    Id = Guid.NewGuid(),
                    Xname = Xname(writer, i),
                    Hostname = $"n{i}",
                    // No NIC id: the store assigns one (a NIC id a writer chooses is checked against DuckDB, which takes the write off the journal).
                    NetworkInterfaces = [new NetworkInterface { Id = Guid.Empty, Name = "eth0", MacAddress = Mac(writer, i) }],
                };
                var created = await store.Nodes.CreateAsync(node, WriteConditions.None, CancellationToken.None);
                Acknowledge(acks, created);
                var renamed = await store.Nodes.ReplaceAsync(node.Xname!, created.Record! with { Hostname = $"m{i}" }, new WriteConditions { IfMatch = created.Version }, CancellationToken.None);
                Acknowledge(acks, renamed);
            }
        })));
        return 0;
    }

    public static string Mac(int writer, int i) => string.Create(CultureInfo.InvariantCulture, $"02:00:00:{writer:x2}:{i / 256 % 256:x2}:{i % 256:x2}");

    public static string Xname(int writer, int i) => string.Create(CultureInfo.InvariantCulture, $"x{3000 + writer}c0s{i}b0n0");

    private static void Acknowledge(FileStream acks, WriteResult<ComputeNode> result)
    {
        if (result.Outcome is not (WriteOutcome.Created or WriteOutcome.Updated))
        {
            throw new InvalidOperationException($"write refused: {result.Outcome}");
        }

        var line = System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"ack {result.Record!.Xname} {result.Record.Hostname} {result.Version}\n"));
        lock (acks)
        {
            acks.Write(line);
        }
    }
}
