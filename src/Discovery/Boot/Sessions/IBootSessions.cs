namespace Discovery.Boot.Sessions;

/// <summary>
/// The boot sessions a command works on, local or remote alike (<see cref="BootSessionSources"/> chooses): the local
/// store's, run in this process, or a <c>discover serve</c>'s through its BOS v2 API. Disposing closes the store or the
/// client (a local session still running stays running in the store, as <see cref="BootSessionService"/> says).
/// </summary>
internal interface IBootSessions : IAsyncDisposable
{
    /// <summary>What opening the local store had to say (a snapshot restored, a working set set aside); empty for a server.</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>Plans, stores and starts a session.</summary>
    Task<BootSession> CreateAsync(BootSessionCreate request, CancellationToken cancellationToken);

    /// <summary>
    /// The session as it stands after <see cref="CreateAsync"/>: a local session runs here, so it is always waited for
    /// to its end; a server's is waited for only when <paramref name="wait"/> is set, else read once.
    /// </summary>
    Task<BootSession?> AfterCreateAsync(string name, bool wait, CancellationToken cancellationToken);

    /// <summary>Every session, oldest first.</summary>
    Task<IReadOnlyList<BootSession>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One session with its nodes; null when there is none.</summary>
    Task<BootSession?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Cancels a session that has not ended; the session as it ends, or null when there is none.</summary>
    Task<BootSession?> CancelAsync(string name, CancellationToken cancellationToken);
}
