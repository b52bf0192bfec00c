using System.Collections.Concurrent;
using Discovery.Store;
using Discovery.Text;

namespace Discovery.Boot.Sessions;

/// <summary>
/// The entry point for boot sessions: create (plan, store, start in the background), wait, cancel, delete, and resume
/// at start-up. <c>discover serve</c> holds one for its lifetime; <c>discover boot session create</c> uses one for a
/// single session. Disposing stops the runs without cancelling them: their sessions stay running in the store and
/// the next <see cref="ResumeAsync"/> carries them on.
/// </summary>
internal sealed class BootSessionService(BootSessionStore sessions, BootSessionRunner runner) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, (Task<BootSession?> Task, CancellationTokenSource Cancel)> _running = new(StringComparer.Ordinal);

    public BootSessionStore Sessions => sessions;

    /// <summary>Times a failed node is tried again (BOS's retry_policy).</summary>
    public int MaxRetries => runner.Options.MaxRetries;

    /// <summary>Plans and stores a pending session, then starts it in the background.</summary>
    /// <exception cref="InventoryQueryException">Bad input (see <see cref="BootSessionPlanner"/>), or a session of that name exists.</exception>
    public async Task<BootSession> CreateAsync(BootSessionCreate request, CancellationToken cancellationToken)
    {
        var (session, nodes) = await BootSessionPlanner.PlanAsync(sessions.Inventory, request, cancellationToken);
        if (await sessions.GetAsync(session.Name, cancellationToken) is not null)
        {
            throw new InventoryQueryException(request.SourceOf("name"), $"a session named {QuotedValue.Of(session.Name)} exists");
        }

        await sessions.AddAsync(session, nodes, cancellationToken);
        Start(session.Name);
        return session;
    }

    /// <summary>Sessions left pending or running by an earlier process are started again (nodes already final are kept).</summary>
    public async Task<IReadOnlyList<string>> ResumeAsync(CancellationToken cancellationToken)
    {
        var open = (await sessions.ListAsync(BootSessionStatus.Running, cancellationToken))
            .Concat(await sessions.ListAsync(BootSessionStatus.Pending, cancellationToken)).Select(s => s.Name).ToList();
        foreach (var name in open)
        {
            Start(name);
        }

        return open;
    }

    /// <summary>Waits until session <paramref name="name"/> is final here; null when it does not run in this process.</summary>
    public async Task<BootSession?> WaitAsync(string name, CancellationToken cancellationToken) =>
        _running.TryGetValue(name, out var run) ? await run.Task.WaitAsync(cancellationToken) : await sessions.GetAsync(name, cancellationToken);

    /// <summary>Cancels a session: a running one stops cleanly (open nodes cancelled); one not running here is marked cancelled.</summary>
    /// <returns>The session as it ends, or null when there is none.</returns>
    public async Task<BootSession?> CancelAsync(string name, CancellationToken cancellationToken)
    {
        if (_running.TryGetValue(name, out var run))
        {
            await run.Cancel.CancelAsync();
            return await run.Task.WaitAsync(cancellationToken);
        }

        return await sessions.CancelAsync(name, cancellationToken);
    }

    /// <summary>
    /// BOS's DELETE: a session that is not final is cancelled (and kept, so its nodes' outcome can be read); a final
    /// one is removed. False when there is none.
    /// </summary>
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var session = await sessions.GetAsync(name, cancellationToken);
        if (session is null)
        {
            return false;
        }

        if (!BootSessionStatus.IsFinal(session.Status) || _running.ContainsKey(name))
        {
            await CancelAsync(name, cancellationToken);
        }
        else
        {
            await sessions.DeleteAsync(name, cancellationToken);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var (_, run) in _running)
        {
            try
            {
                await run.Task;
            }
            catch (OperationCanceledException)
            {
                // Stopping: the session stays running in the store and resumes at the next start.
            }
        }

        _stopping.Dispose();
    }

    private void Start(string name)
    {
        var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var task = RunAsync(name, cancel, started.Task);
        if (_running.TryAdd(name, (task, cancel)))
        {
            started.SetResult();
        }
        else
        {
            started.SetCanceled();
        }
    }

    private async Task<BootSession?> RunAsync(string name, CancellationTokenSource cancel, Task started)
    {
        await started;
        // Off the caller's thread: creating a session answers before any node is touched.
        await Task.Yield();
        try
        {
            return await runner.RunAsync(name, cancel.Token, _stopping.Token);
        }
        finally
        {
            _running.TryRemove(name, out _);
            cancel.Dispose();
        }
    }
}
