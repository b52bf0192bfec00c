using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Discovery.Locate.Snmp;

/// <summary>
/// SNMPv3 USM at authPriv towards one agent. Before the first request it discovers the agent's engine ID, boots
/// and time (RFC 3414 section 4: an unauthenticated request answered by a usmStatsUnknownEngineIDs report) and
/// localises the user's keys to that engine; a usmStatsNotInTimeWindows report resynchronises the clock once.
/// </summary>
internal sealed class UsmSecurity : ISnmpSecurity
{
    private readonly UsmUser _user;
    private readonly byte[] _context;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private byte[]? _engineId;
    private byte[] _authKey = [];
    private byte[] _privKey = [];
    private int _boots;
    private int _engineTime;
    private long _timeAt;
    private long _salt;

    /// <summary>
    /// Security for <paramref name="user"/> in context <paramref name="context"/> (empty: the default context; some
    /// switches name a VLAN's bridge table by context); <paramref name="time"/> ages the agent's engine time between requests.
    /// </summary>
    public UsmSecurity(UsmUser user, TimeProvider time, string context = "")
    {
        _user = user;
        _context = System.Text.Encoding.UTF8.GetBytes(context);
        _time = time;
        _salt = BinaryPrimitives.ReadInt64BigEndian(RandomNumberGenerator.GetBytes(8));
    }

    /// <inheritdoc/>
    public string Describe() => $"v3 user {_user.Name}";

    /// <summary>The agent's engine ID once discovered.</summary>
    public ReadOnlyMemory<byte> EngineId => _engineId ?? [];

    /// <inheritdoc/>
    public async Task PrepareAsync(SnmpClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (_engineId is not null)
        {
            return;
        }

        var incoming = await client.ExchangeAsync(
            (requestId, messageId) => DiscoveryMessage(requestId, messageId), cancellationToken);
        if (incoming.Usm is not { EngineId.Length: > 0 } found)
        {
            throw new SnmpException(SnmpErrorKind.Refused, "the agent did not reveal its engine ID");
        }

        lock (_lock)
        {
            _authKey = UsmKeys.Localize(_user.AuthProtocol, _user.AuthKey, found.EngineId);
            _privKey = UsmKeys.Localize(_user.AuthProtocol, _user.PrivKey, found.EngineId);
            SetClock(found.EngineBoots, found.EngineTime);
            _engineId = found.EngineId;
        }
    }

    /// <inheritdoc/>
    public byte[] Encode(SnmpPdu pdu, int messageId)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        byte[] engineId, authKey, privKey;
        int boots, time;
        long salt;
        lock (_lock)
        {
            engineId = _engineId ?? throw new InvalidOperationException("engine discovery has not run");
            (authKey, privKey, boots) = (_authKey, _privKey, _boots);
            time = _engineTime + (int)_time.GetElapsedTime(_timeAt).TotalSeconds;
            salt = ++_salt;
        }

        var saltBytes = new byte[UsmAesPrivacy.SaltLength];
        BinaryPrimitives.WriteInt64BigEndian(saltBytes, salt);
        var iv = UsmAesPrivacy.InitializationVector(boots, time, saltBytes);
        var cipher = UsmAesPrivacy.Encrypt(privKey, iv, UsmMessage.ScopedPdu(engineId, pdu, _context));
        var protocol = _user.AuthProtocol;
        var (datagram, authOffset) = UsmMessage.Encode(new UsmMessage.Outgoing(
            messageId, UsmMessage.AuthFlag | UsmMessage.PrivFlag | UsmMessage.ReportableFlag, engineId, boots, time, _user.Name,
            cipher, saltBytes, UsmKeys.DigestLength(protocol)));
        UsmKeys.Digest(protocol, authKey, datagram).CopyTo(datagram, authOffset);
        return datagram;
    }

    /// <inheritdoc/>
    public SnmpIncoming Decode(ReadOnlyMemory<byte> datagram)
    {
        var (messageId, flags, security, data) = UsmMessage.Decode(datagram);
        var scoped = data;
        if ((flags & UsmMessage.AuthFlag) != 0)
        {
            if (_engineId is null || !UsmMessage.Verify(_user.AuthProtocol, _authKey, datagram.Span, security))
            {
                throw new SnmpException(SnmpErrorKind.AuthenticationFailed,
                    $"the answer for v3 user {_user.Name} failed authentication (wrong auth password or protocol)");
            }
        }

        if ((flags & UsmMessage.PrivFlag) != 0)
        {
            if (data.Tag != SnmpTag.OctetString)
            {
                throw BerReader.Malformed("an encrypted PDU that is not an OCTET STRING");
            }

            var iv = UsmAesPrivacy.InitializationVector(security.EngineBoots, security.EngineTime, security.PrivParameters.Span);
            var plain = UsmAesPrivacy.Decrypt(_privKey, iv, data.Content.Span);
            try
            {
                scoped = new BerReader(plain).Read(SnmpTag.Sequence);
            }
            catch (SnmpException ex)
            {
                throw new SnmpException(SnmpErrorKind.DecryptionFailed, $"could not decrypt the answer for v3 user {_user.Name} (wrong privacy password)", ex);
            }
        }
        else if (data.Tag != SnmpTag.Sequence)
        {
            throw BerReader.Malformed("a scoped PDU that is not a SEQUENCE");
        }

        var reader = scoped.Open();
        reader.ReadOctetString();
        reader.ReadOctetString();
        return new SnmpIncoming(messageId, SnmpPdu.Decode(reader.Read()), security);
    }

    /// <inheritdoc/>
    public bool OnReport(SnmpIncoming report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var counter = report.Pdu.VariableBindings.Count > 0 ? report.Pdu.VariableBindings[0].Oid : null;
        if (counter is not null && counter.Equals(UsmReports.NotInTimeWindows) && report.Usm is { } usm)
        {
            lock (_lock)
            {
                SetClock(usm.EngineBoots, usm.EngineTime);
            }

            return true;
        }

        throw UsmReports.Failure(counter, _user.Name);
    }

    /// <inheritdoc/>
    public (SnmpErrorKind Kind, string Hint) Silence() => _engineId is null
        ? (SnmpErrorKind.Timeout, "no agent there")
        // The agent answered discovery, so it is alive: net-snmp drops a request it cannot decrypt without a report.
        : (SnmpErrorKind.DecryptionFailed, $"the agent answered engine discovery but not the encrypted request: wrong privacy password for v3 user {_user.Name}?");

    private byte[] DiscoveryMessage(int requestId, int messageId)
    {
        var pdu = SnmpPdu.Request(SnmpTag.GetRequest, requestId, []);
        var (datagram, _) = UsmMessage.Encode(new UsmMessage.Outgoing(
            messageId, UsmMessage.ReportableFlag, [], 0, 0, string.Empty, UsmMessage.ScopedPdu([], pdu), [], 0));
        return datagram;
    }

    private void SetClock(int boots, int time)
    {
        _boots = boots;
        _engineTime = time;
        _timeAt = _time.GetTimestamp();
    }
}
