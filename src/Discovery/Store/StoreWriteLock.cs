namespace Discovery.Store;

/// <summary>
/// The store's write lock. Whoever takes it with <see cref="WaitAsync"/> or <see cref="Wait"/> (an apply, a collect, a
/// restore, a read model load, closing) finds DuckDB holding every acknowledged write: <paramref name="settle"/> first
/// applies what the write journal holds. Only the group commit loop takes it without (<see cref="WaitUnsettledAsync"/>),
/// since it is what journals the writes.
/// </summary>
internal sealed class StoreWriteLock(Action settle)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WaitAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        Settle();
    }

    public void Wait()
    {
        _gate.Wait();
        Settle();
    }

    /// <summary>Takes the lock as it is: journaled writes may still wait for DuckDB (the group commit loop; closing, which settles itself).</summary>
    public Task WaitUnsettledAsync() => _gate.WaitAsync();

    /// <inheritdoc cref="WaitUnsettledAsync"/>
    public void WaitUnsettled() => _gate.Wait();

    public void Release() => _gate.Release();

    private void Settle()
    {
        try
        {
            settle();
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }
}
