namespace Discovery.MockBmc;

/// <summary>Thread-safe counters of one instance, readable while it serves.</summary>
public sealed class MockCounters
{
    private long _requests;
    private long _logins;
    private long _failedLogins;
    private long _sessionsCreated;
    private long _sessionsDeleted;
    private int _openSessions;

    /// <summary>HTTP requests received (every method and path, including refused ones).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Login attempts: POSTs to the Sessions collection, whatever their outcome.</summary>
    public long Logins => Interlocked.Read(ref _logins);

    /// <summary>Requests refused with 401: missing, wrong or unknown credentials or token, and failed session logins.</summary>
    public long FailedLogins => Interlocked.Read(ref _failedLogins);

    /// <summary>Sessions created.</summary>
    public long SessionsCreated => Interlocked.Read(ref _sessionsCreated);

    /// <summary>Sessions deleted (logouts).</summary>
    public long SessionsDeleted => Interlocked.Read(ref _sessionsDeleted);

    /// <summary>Sessions currently open.</summary>
    public int OpenSessions => Volatile.Read(ref _openSessions);

    internal void AddRequest() => Interlocked.Increment(ref _requests);

    internal void AddLogin() => Interlocked.Increment(ref _logins);

    internal void AddFailedLogin() => Interlocked.Increment(ref _failedLogins);

    internal void AddSession()
    {
        Interlocked.Increment(ref _sessionsCreated);
        Interlocked.Increment(ref _openSessions);
    }

    internal void RemoveSession()
    {
        Interlocked.Increment(ref _sessionsDeleted);
        Interlocked.Decrement(ref _openSessions);
    }
}
