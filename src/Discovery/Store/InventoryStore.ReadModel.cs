using System.Diagnostics;
using System.Globalization;
using Discovery.Records;

namespace Discovery.Store;

internal sealed partial class InventoryStore
{
    private readonly Lock _readModelGate = new();
    private NodeReadModel? _nodeModel;
    private Task? _readModelLoad;

    /// <summary>The nodes in memory for point reads; null until <see cref="LoadReadModelAsync"/> has loaded them (reads then go to DuckDB).</summary>
    internal NodeReadModel? NodeModel => Volatile.Read(ref _nodeModel);

    /// <summary>
    /// Loads every node into the read model (once; later calls return the same task). The load holds the write lock,
    /// so it sees one committed state and no write slips past it; from then on every commit updates the model
    /// before the write returns, so a read after an acknowledged write sees it.
    /// </summary>
    public Task LoadReadModelAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_readModelGate)
        {
            return _readModelLoad ??= Task.Run(LoadReadModelLockedAsync);
        }
    }

    private async Task LoadReadModelLockedAsync()
    {
        await _writeLock.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var model = BuildReadModel();
            Volatile.Write(ref _nodeModel, model);
            Log.ReadModelLoaded(Options.Logger, model.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is DuckDB.NET.Data.DuckDBException or InvalidOperationException)
        {
            Log.ReadModelDropped(Options.Logger, ex.Message);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Every node of the working set as documents; on the writer connection, under the write lock.</summary>
    private NodeReadModel BuildReadModel() => BuildReadModel(_writer);

    /// <summary>Every node of the working set as a read model, read on <paramref name="connection"/>.</summary>
    internal NodeReadModel BuildReadModel(StoreConnection connection) => NodeReadModel.Of(NodeDocuments(NodeSet.LoadAll(connection)));

    /// <summary>The documents of <paramref name="nodes"/>, serialized on every core (most of a load's time after the queries).</summary>
    internal static NodeDocument[] NodeDocuments(IReadOnlyList<Versioned<ComputeNode>> nodes)
    {
        const int Chunk = 4096;
        var documents = new NodeDocument[nodes.Count];
        Parallel.For(0, (nodes.Count + Chunk - 1) / Chunk, chunk =>
        {
            for (var i = chunk * Chunk; i < Math.Min(nodes.Count, (chunk + 1) * Chunk); i++)
            {
                documents[i] = NodeDocument.Of(nodes[i]);
            }
        });
        return documents;
    }

    /// <summary>After a commit, under the write lock: reads the nodes the transaction touched back into the model.</summary>
    private void RefreshReadModel(WriteTransaction transaction)
    {
        if (NodeModel is not { } model || transaction.ChangedNodes.Count == 0)
        {
            return;
        }

        try
        {
            // Nodes the transaction wrote whole go in as written; the others (changed through a NIC or a group) are read back.
            var readBack = new List<Guid>();
            foreach (var id in transaction.ChangedNodes)
            {
                if (!transaction.WrittenNodes.TryGetValue(id, out var written))
                {
                    readBack.Add(id);
                }
                else if (written is null)
                {
                    model.Remove(id);
                }
                else if (NodeDocument.OfWritten(written) is { } document)
                {
                    model.Put(document);
                }
                else
                {
                    readBack.Add(id);
                }
            }

            foreach (var chunk in readBack.Chunk(1000))
            {
                var where = new FilterClause(
                    $"nodes.id IN ({string.Join(", ", chunk.Select(_ => "?"))})", [.. chunk.Select(i => i.ToString("D", CultureInfo.InvariantCulture))]);
                var found = NodeSet.Load(_writer, where).ToDictionary(n => n.Record.Id);
                foreach (var id in chunk)
                {
                    if (found.TryGetValue(id, out var node))
                    {
                        model.Put(NodeDocument.Of(node));
                    }
                    else
                    {
                        model.Remove(id);
                    }
                }
            }

            model.Publish();
        }
        catch (Exception ex)
        {
            // The write is committed but the model could not follow: reads go to DuckDB from now on.
            Volatile.Write(ref _nodeModel, null);
            Log.ReadModelDropped(Options.Logger, ex.Message);
        }
    }

    /// <summary>After a restore, under the write lock: the model is built again from the restored working set.</summary>
    private void ReloadReadModel()
    {
        if (NodeModel is not null)
        {
            Volatile.Write(ref _nodeModel, BuildReadModel());
        }
    }
}
