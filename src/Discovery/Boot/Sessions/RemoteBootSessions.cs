namespace Discovery.Boot.Sessions;

/// <summary>The sessions of a <c>discover serve</c> (<c>--server</c>); a wait polls its BOS API every <paramref name="pollInterval"/>.</summary>
internal sealed class RemoteBootSessions(BosSessionClient client, TimeSpan pollInterval, TimeProvider time) : IBootSessions
{
    public IReadOnlyList<string> Notes => [];

    public Task<BootSession> CreateAsync(BootSessionCreate request, CancellationToken cancellationToken) => client.CreateAsync(request, cancellationToken);

    public Task<BootSession?> AfterCreateAsync(string name, bool wait, CancellationToken cancellationToken) =>
        wait ? client.WaitAsync(name, pollInterval, time, cancellationToken) : client.GetAsync(name, cancellationToken);

    public Task<IReadOnlyList<BootSession>> ListAsync(CancellationToken cancellationToken) => client.ListAsync(cancellationToken);

    public Task<BootSession?> GetAsync(string name, CancellationToken cancellationToken) => client.GetAsync(name, cancellationToken);

    public Task<BootSession?> CancelAsync(string name, CancellationToken cancellationToken) => client.CancelAsync(name, cancellationToken);

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
