using System.Collections.Concurrent;

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
    private long _resets;
    private readonly ConcurrentDictionary<string, long> _paths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _resetTypes = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Reset actions accepted (POST to <c>.../Actions/*.Reset</c> of a resource that exists; a ComputerSystem.Reset only
    /// with a ResetType the system allows). Refused resets are not counted.
    /// </summary>
    public long Resets => Interlocked.Read(ref _resets);

    /// <summary>Accepted ComputerSystem.Reset actions by ResetType (other resources' resets are not listed here).</summary>
    public IReadOnlyDictionary<string, long> ResetTypes => new SortedDictionary<string, long>(_resetTypes, StringComparer.Ordinal);

    /// <summary>
    /// Requests by lookup key (path, lower case, no trailing slash); paths the mockup does not hold count under
    /// <see cref="OtherPaths"/>, so a client probing garbage cannot grow the table.
    /// </summary>
    public IReadOnlyDictionary<string, long> PathCounts => new SortedDictionary<string, long>(_paths, StringComparer.Ordinal);

    /// <summary>The <see cref="PathCounts"/> key of requests to paths the mockup does not hold.</summary>
    public const string OtherPaths = "(other)";

    internal void AddRequest() => Interlocked.Increment(ref _requests);

    internal void AddPath(string key) => _paths.AddOrUpdate(key, 1, static (_, count) => count + 1);

    internal void AddReset(string? resetType)
    {
        Interlocked.Increment(ref _resets);
        if (resetType is not null)
        {
            _resetTypes.AddOrUpdate(resetType, 1, static (_, count) => count + 1);
        }
    }

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
