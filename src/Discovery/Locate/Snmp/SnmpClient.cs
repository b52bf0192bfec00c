using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Discovery.Locate.Snmp;

/// <summary>
/// GET, GETNEXT and GETBULK (and walks built on them) against one agent over UDP. Each request is tried
/// <see cref="SnmpEndpoint.Retries"/> + 1 times with <see cref="SnmpEndpoint.Timeout"/> each; answers to an
/// earlier try of the same request are accepted, stray ones ignored. Not thread-safe: one walk at a time.
/// </summary>
internal sealed partial class SnmpClient : IDisposable
{
    private const int MaxDatagram = 65535;
    private readonly SnmpEndpoint _endpoint;
    private readonly ISnmpSecurity _security;
    private readonly TimeProvider _time;
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[MaxDatagram];
    private int _nextId;

    /// <summary>A client for the agent at <paramref name="endpoint"/> speaking <paramref name="security"/>.</summary>
    public SnmpClient(SnmpEndpoint endpoint, ISnmpSecurity security, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoint = endpoint;
        _security = security;
        _time = time;
        _socket = new Socket(endpoint.Address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _nextId = RandomNumberGenerator.GetInt32(1, int.MaxValue / 2);
    }

    /// <summary>Requests sent, counting every retry and resync (for tests and the benchmark).</summary>
    public int DatagramsSent { get; private set; }

    /// <summary>GET of <paramref name="oids"/>.</summary>
    public Task<SnmpPdu> GetAsync(IReadOnlyList<ObjectIdentifier> oids, CancellationToken cancellationToken) =>
        RequestAsync(SnmpTag.GetRequest, oids, 0, 0, cancellationToken);

    /// <summary>GETNEXT of <paramref name="oids"/>.</summary>
    public Task<SnmpPdu> GetNextAsync(IReadOnlyList<ObjectIdentifier> oids, CancellationToken cancellationToken) =>
        RequestAsync(SnmpTag.GetNextRequest, oids, 0, 0, cancellationToken);

    /// <summary>GETBULK of <paramref name="oids"/> (RFC 3416 section 4.2.3).</summary>
    public Task<SnmpPdu> GetBulkAsync(IReadOnlyList<ObjectIdentifier> oids, int nonRepeaters, int maxRepetitions, CancellationToken cancellationToken) =>
        RequestAsync(SnmpTag.GetBulkRequest, oids, nonRepeaters, maxRepetitions, cancellationToken);

    /// <summary>
    /// Every instance under <paramref name="root"/>, in order, with GETBULK (<paramref name="maxRepetitions"/> a
    /// request, halved when the agent says tooBig) or with GETNEXT when <paramref name="maxRepetitions"/> is 0.
    /// </summary>
    /// <exception cref="SnmpException">The agent failed, or answered out of order (a loop).</exception>
    public async IAsyncEnumerable<VariableBinding> WalkAsync(
        ObjectIdentifier root, int maxRepetitions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        var last = root;
        while (true)
        {
            var answer = maxRepetitions > 0
                ? await GetBulkAsync([last], 0, maxRepetitions, cancellationToken)
                : await GetNextAsync([last], cancellationToken);
            if (answer.ErrorStatus == SnmpErrorStatus.TooBig && maxRepetitions > 1)
            {
                maxRepetitions /= 2;
                continue;
            }

            ThrowOnError(answer);
            if (answer.VariableBindings.Count == 0)
            {
                yield break;
            }

            foreach (var binding in answer.VariableBindings)
            {
                if (binding.Value.IsException || !binding.Oid.StartsWith(root))
                {
                    yield break;
                }

                if (binding.Oid.CompareTo(last) <= 0)
                {
                    throw new SnmpException(SnmpErrorKind.Malformed, $"the agent answered {binding.Oid} after {last} (not increasing)");
                }

                last = binding.Oid;
                yield return binding;
            }
        }
    }

    /// <summary>
    /// Sends the datagram <paramref name="build"/> makes (from a request id and message id) until an answer to
    /// it arrives or the tries run out. Used by requests and by v3 engine discovery.
    /// </summary>
    /// <exception cref="SnmpException">No answer (<see cref="SnmpErrorKind.Timeout"/>) or a socket error.</exception>
    public async Task<SnmpIncoming> ExchangeAsync(Func<int, int, byte[]> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var ids = new List<int>(_endpoint.Retries + 1);
        var requestId = NextId();
        for (var attempt = 0; attempt <= _endpoint.Retries; attempt++)
        {
            var messageId = NextId();
            ids.Add(messageId);
            await SendAsync(build(requestId, messageId), cancellationToken);
            using var timeout = new CancellationTokenSource(_endpoint.Timeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                while (true)
                {
                    var length = await ReceiveAsync(linked.Token);
                    SnmpIncoming incoming;
                    try
                    {
                        incoming = _security.Decode(_buffer.AsMemory(0, length).ToArray());
                    }
                    catch (SnmpException ex) when (ex.Kind == SnmpErrorKind.Malformed)
                    {
                        continue;
                    }

                    if (incoming.Pdu.RequestId == requestId || ids.Contains(incoming.MessageId))
                    {
                        return incoming;
                    }
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The next try, if any.
            }
        }

        var (kind, hint) = _security.Silence();
        throw new SnmpException(kind, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"no answer from {_endpoint.Address} ({_security.Describe()}) after {_endpoint.Retries + 1} tries of {_endpoint.Timeout.TotalSeconds:0.###} s ({hint})"));
    }

    /// <inheritdoc/>
    public void Dispose() => _socket.Dispose();

    private async Task<SnmpPdu> RequestAsync(byte type, IReadOnlyList<ObjectIdentifier> oids, int nonRepeaters, int maxRepetitions, CancellationToken cancellationToken)
    {
        await _security.PrepareAsync(this, cancellationToken);
        for (var resync = 0; ; resync++)
        {
            var incoming = await ExchangeAsync(
                (requestId, messageId) => _security.Encode(SnmpPdu.Request(type, requestId, oids, nonRepeaters, maxRepetitions), messageId),
                cancellationToken);
            if (incoming.Pdu.Type != SnmpTag.Report)
            {
                return incoming.Pdu;
            }

            if (!_security.OnReport(incoming) || resync >= 1)
            {
                throw new SnmpException(SnmpErrorKind.Refused, $"{_endpoint.Address} kept reporting the request out of its time window");
            }
        }
    }

    private void ThrowOnError(SnmpPdu answer)
    {
        if (answer.ErrorStatus != 0)
        {
            throw new SnmpException(SnmpErrorKind.AgentError,
                $"{_endpoint.Address} answered with error {SnmpErrorStatus.Name(answer.ErrorStatus)} (index {answer.ErrorIndex})");
        }
    }

    private int NextId()
    {
        var id = ++_nextId;
        if (id == int.MaxValue)
        {
            _nextId = 1;
        }

        return id;
    }

    private async Task SendAsync(byte[] datagram, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.SendToAsync(datagram, SocketFlags.None, _endpoint.Address, cancellationToken);
            DatagramsSent++;
        }
        catch (SocketException ex)
        {
            throw new SnmpException(SnmpErrorKind.Network, $"could not send to {_endpoint.Address}: {ex.SocketErrorCode}", ex);
        }
    }

    private async Task<int> ReceiveAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var result = await _socket.ReceiveFromAsync(_buffer, SocketFlags.None, _endpoint.Address, cancellationToken);
                if (result.RemoteEndPoint.Equals(_endpoint.Address))
                {
                    return result.ReceivedBytes;
                }
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
            {
                // An ICMP port unreachable from an earlier datagram; keep waiting until the try times out.
            }
        }
    }
}
