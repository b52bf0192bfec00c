using Discovery.Store;

namespace Discovery.Boot.Sessions;

/// <summary>
/// The sessions of the local store. Reading and cancelling need only the store; the first create builds the
/// <see cref="BootSessionService"/> (BSS, cloud-init, the BMCs' credentials), which runs the session here to its end.
/// </summary>
internal sealed class LocalBootSessions(InventoryStore store, IReadOnlyList<string> notes, BootSessionEnvironment environment) : IBootSessions
{
    private readonly BootSessionStore _sessions = new(store);
    private BootSessionService? _service;

    public IReadOnlyList<string> Notes => notes;

    public async Task<BootSession> CreateAsync(BootSessionCreate request, CancellationToken cancellationToken)
    {
        // Built only now, so listing or cancelling never reads a token or a BMC password.
        _service ??= await BootSessionServices.CreateAsync(environment, store, cancellationToken);
        return await _service.CreateAsync(request, cancellationToken);
    }

    public async Task<BootSession?> AfterCreateAsync(string name, bool wait, CancellationToken cancellationToken)
    {
        // The session runs in this process: leaving before its end would stop it half done.
        var service = _service ?? throw new InvalidOperationException("no session was created here");
        var ended = await service.WaitAsync(name, cancellationToken);
        return await _sessions.GetAsync(ended!.Name, cancellationToken);
    }

    public Task<IReadOnlyList<BootSession>> ListAsync(CancellationToken cancellationToken) => _sessions.ListAsync(null, cancellationToken);

    public Task<BootSession?> GetAsync(string name, CancellationToken cancellationToken) => _sessions.GetAsync(name, cancellationToken);

    public Task<BootSession?> CancelAsync(string name, CancellationToken cancellationToken) => _sessions.CancelAsync(name, cancellationToken);

    // The service first: its runs use the store.
    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        store.Dispose();
    }
}
