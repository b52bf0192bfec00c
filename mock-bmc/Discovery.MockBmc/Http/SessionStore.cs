using System.Security.Cryptography;

namespace Discovery.MockBmc.Http;

/// <summary>The open sessions of one instance, bounded by the session limit.</summary>
internal sealed class SessionStore(int limit, MockCounters counters, TimeProvider time)
{
    public const string CollectionUri = "/redfish/v1/SessionService/Sessions";
    public const string CollectionKey = "/redfish/v1/sessionservice/sessions";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, MockSession> _byToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MockSession> _byId = new(StringComparer.OrdinalIgnoreCase);
    private int _nextId;

    /// <summary>Opens a session, or returns null when the limit is reached.</summary>
    public MockSession? Open(string userName)
    {
        lock (_gate)
        {
            if (_byToken.Count >= limit)
            {
                return null;
            }

            var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var session = new MockSession(id, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), userName, time.GetUtcNow());
            _byToken[session.Token] = session;
            _byId[id] = session;
            counters.AddSession();
            return session;
        }
    }

    public MockSession? FindByToken(string token)
    {
        lock (_gate)
        {
            return _byToken.GetValueOrDefault(token);
        }
    }

    public MockSession? FindById(string id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public bool Close(string id)
    {
        lock (_gate)
        {
            if (!_byId.Remove(id, out var session))
            {
                return false;
            }

            _byToken.Remove(session.Token);
            counters.RemoveSession();
            return true;
        }
    }

    public IReadOnlyList<MockSession> List()
    {
        lock (_gate)
        {
            return _byId.Values.OrderBy(s => int.Parse(s.Id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }
    }
}
