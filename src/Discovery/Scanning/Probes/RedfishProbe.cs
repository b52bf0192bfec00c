using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Discovery.Redfish;

namespace Discovery.Scanning.Probes;

/// <summary>
/// The Redfish probe: TCP connect to address:port, TLS when asked (any certificate accepted, its SHA-256
/// recorded), then <c>GET /redfish/v1/</c> without credentials. One instance serves a whole scan through one
/// shared <see cref="SocketsHttpHandler"/>.
/// </summary>
/// <remarks>
/// We connect and do TLS ourselves and hand the ready stream to the handler's ConnectCallback, so:
/// 1. the TCP outcome (refused, timeout) is told apart from the HTTP one;
/// 2. the certificate is captured per probe (a shared handler's validation callback cannot tell probes apart);
/// 3. the handler never resolves names or uses a proxy. Each request names a unique pseudo-host so no two
///    probes share a connection pool, and sends <c>Connection: close</c> so nothing is pooled after it.
/// </remarks>
internal sealed class RedfishProbe : IDisposable
{
    /// <summary>Bodies larger than this are not a ServiceRoot (real ones are 2-6 KiB).</summary>
    public const int MaxBodyBytes = 1 << 20;

    private static readonly HttpRequestOptionsKey<Stream> StreamKey = new("discover.probe-stream");
    private static readonly string RefusedText = $"TCP connect: {SocketError.ConnectionRefused}";
    private readonly HttpClient _client;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _confirming;
    private long _probeId;

    /// <summary>Creates the probe and its shared handler.</summary>
    /// <param name="timeProvider">Clock for latencies.</param>
    /// <param name="confirmations">
    /// Open ports confirmed (TLS and GET) at once at most; default 8 per processor. TLS costs this machine CPU, and a
    /// fleet found all at once (200 BMCs at the start of a /16) would otherwise make every handshake wait on all the
    /// others, so that their time limits ran out on our own CPU rather than on a slow BMC. Each handshake in flight
    /// also holds its SslStream and OpenSSL buffers: at 32 per processor they were a few MB of a scan's peak RSS, for
    /// no gain in wall time (the handshakes are CPU-bound, and 8 per processor keep every core busy).
    /// </param>
    public RedfishProbe(TimeProvider timeProvider, int? confirmations = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        var limit = confirmations ?? 8 * Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(confirmations));
        _confirming = new SemaphoreSlim(limit, limit);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromSeconds(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(1),
            ConnectCallback = (context, _) =>
                context.InitialRequestMessage.Options.TryGetValue(StreamKey, out var stream)
                    ? ValueTask.FromResult(stream)
                    : throw new InvalidOperationException("A probe request must carry its connected stream."),
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Probes <paramref name="address"/> on <paramref name="port"/> within <paramref name="timeout"/>.</summary>
    /// <remarks>Never throws for network failures (they are outcomes); throws only when <paramref name="cancellationToken"/> is cancelled.</remarks>
    public async Task<ProbeResult> ProbeAsync(IPAddress address, ScanPort port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var slot = new ProbeSlot(cancellationToken);
        return await ProbeAsync(address, port, timeout, slot, cancellationToken);
    }

    /// <summary>
    /// Probes as <see cref="ProbeAsync(IPAddress, ScanPort, TimeSpan, CancellationToken)"/> does, reusing
    /// <paramref name="slot"/>'s connect and deadline (a scan worker's), so a refused or silent port costs no
    /// exception and no per-probe timer.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<ProbeResult> ProbeAsync(IPAddress address, ScanPort port, TimeSpan timeout, ProbeSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(slot);
        var started = _timeProvider.GetTimestamp();
        var token = slot.Start(timeout);
        try
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            SocketError error;
            // The deadline aborts a connect still pending (closing its socket) and nothing else: a connect the kernel
            // finished in time stays connected even when this continuation runs late on a busy machine.
            using (token.UnsafeRegister(static state => Socket.CancelConnectAsync((SocketAsyncEventArgs)state!), slot.Connect))
            {
                error = await slot.Connect.ConnectAsync(socket, new IPEndPoint(address, port.Port));
            }

            if (error != SocketError.Success)
            {
                socket.Dispose();
                cancellationToken.ThrowIfCancellationRequested();
                return token.IsCancellationRequested
                    ? ConnectTimedOut(address, port, timeout, started)
                    : ConnectFailed(address, port, error, started);
            }

            await WaitForTurnAsync(socket, cancellationToken);
            try
            {
                // An open port gets the time limit again for TLS and the GET, counted from its turn: waiting for
                // a turn, or for this machine's CPU, is not the BMC being slow.
                slot.Finish();
                token = slot.Start(timeout);
                return await ConfirmAsync(address, port, socket, timeout, started, token, cancellationToken);
            }
            finally
            {
                _confirming.Release();
            }
        }
        finally
        {
            slot.Finish();
        }
    }

    /// <summary>
    /// Confirms an open port that <paramref name="socket"/> is connected to (by a connect sweep): TLS when asked and
    /// the GET, within <paramref name="timeout"/> counted from its turn among the confirmations.
    /// </summary>
    /// <remarks>
    /// <paramref name="started"/> is when the probe's connect started (<see cref="TimeProvider.GetTimestamp"/>), for its
    /// latency. Never throws for network failures; throws only when <paramref name="cancellationToken"/> is cancelled.
    /// Owns <paramref name="socket"/>.
    /// </remarks>
    public async Task<ProbeResult> ConfirmConnectedAsync(
        IPAddress address, ScanPort port, Socket socket, TimeSpan timeout, long started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(socket);
        await WaitForTurnAsync(socket, cancellationToken);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            return await ConfirmAsync(address, port, socket, timeout, started, deadline.Token, cancellationToken);
        }
        finally
        {
            _confirming.Release();
        }
    }

    /// <summary>The result of a connect that failed with <paramref name="error"/> (refused, unreachable, ...).</summary>
    public ProbeResult ConnectFailed(IPAddress address, ScanPort port, SocketError error, long started) =>
        Result(address, port, ConnectOutcome(error), started, null, ConnectErrorText(error));

    /// <summary>The result of a connect that got no answer within <paramref name="timeout"/>.</summary>
    public ProbeResult ConnectTimedOut(IPAddress address, ScanPort port, TimeSpan timeout, long started) =>
        Result(address, port, ProbeOutcome.Timeout, started, null, TimeoutText("TCP connect", timeout));

    /// <inheritdoc/>
    public void Dispose()
    {
        _client.Dispose();
        _confirming.Dispose();
    }

    // An open port waits for its turn among the confirmations; cancelled while waiting, it closes the socket.
    private async Task WaitForTurnAsync(Socket socket, CancellationToken cancellationToken)
    {
        socket.NoDelay = true;
        try
        {
            await _confirming.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            socket.Dispose();
            throw;
        }
    }

    // The open port's part: TLS when asked, then GET /redfish/v1/, all within what is left of the probe's deadline.
    private async Task<ProbeResult> ConfirmAsync(
        IPAddress address, ScanPort port, Socket socket, TimeSpan timeout, long started, CancellationToken token, CancellationToken cancellationToken)
    {
        var phase = "TLS handshake";
        string? fingerprint = null;
        // Closing the socket is what unblocks a read on a hung service, whichever layer (TLS, HTTP) is waiting.
        await using var closeOnTimeout = token.UnsafeRegister(static state => ((Socket)state!).Dispose(), socket);
        try
        {
            await using var network = new NetworkStream(socket, ownsSocket: true);
            Stream stream = network;
            SslStream? ssl = null;
            if (port.UseTls)
            {
                ssl = new SslStream(network, leaveInnerStreamOpen: true);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = address.ToString(),
                        // Nothing is trusted anyway (see the callback), so the chain is built against an empty root
                        // set: no system trust store to load, no downloads, no revocation lookups.
                        CertificateChainPolicy = UntrustingChainPolicy(),
                        // BMCs ship self-signed certificates; the probe records the fingerprint instead of trusting.
                        RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                        {
                            fingerprint = certificate is null ? null : Convert.ToHexStringLower(SHA256.HashData(certificate.GetRawCertData()));
                            return true;
                        },
                    },
                    token);
            }

            await using (ssl)
            {
                phase = "GET /redfish/v1/";
                return await GetServiceRootAsync(address, port, stream, fingerprint, started, token);
            }
        }
        catch (Exception ex) when (token.IsCancellationRequested && !cancellationToken.IsCancellationRequested
            && ex is OperationCanceledException or ObjectDisposedException or IOException or SocketException or HttpRequestException)
        {
            return Result(address, port, ProbeOutcome.Timeout, started, fingerprint, TimeoutText(phase, timeout));
        }
        catch (SocketException ex)
        {
            return Result(address, port, ConnectOutcome(ex.SocketErrorCode), started, fingerprint, $"{phase}: {ex.SocketErrorCode}");
        }
        catch (ObjectDisposedException)
        {
            // The connect's deadline closed the socket in the instant the connect completed.
            return Result(address, port, ProbeOutcome.Timeout, started, fingerprint, TimeoutText("TCP connect", timeout));
        }
        catch (Exception ex) when (ex is AuthenticationException || (phase == "TLS handshake" && ex is IOException))
        {
            return Result(address, port, ProbeOutcome.TlsFailed, started, fingerprint, $"TLS handshake failed: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return Result(address, port, ProbeOutcome.Error, started, fingerprint, $"{phase}: {ex.Message}");
        }
    }

    private static X509ChainPolicy UntrustingChainPolicy() => new()
    {
        TrustMode = X509ChainTrustMode.CustomRootTrust,
        RevocationMode = X509RevocationMode.NoCheck,
        DisableCertificateDownloads = true,
    };

    private static ProbeOutcome ConnectOutcome(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => ProbeOutcome.Closed,
        SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown => ProbeOutcome.Unreachable,
        SocketError.TimedOut => ProbeOutcome.Timeout,
        _ => ProbeOutcome.Error,
    };

    // Most of a sweep is refused connects: their one text is made once.
    private static string ConnectErrorText(SocketError error) =>
        error == SocketError.ConnectionRefused ? RefusedText : $"TCP connect: {error}";

    private static string TimeoutText(string phase, TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"no answer to {phase} within {timeout.TotalSeconds:0.###} s");

    private async Task<ProbeResult> GetServiceRootAsync(
        IPAddress address, ScanPort port, Stream stream, string? fingerprint, long started, CancellationToken token)
    {
        var id = Interlocked.Increment(ref _probeId);
        // The pseudo-host keeps each probe in its own connection pool; the Host header carries the real address.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://probe-{id}.invalid:{port.Port}/redfish/v1/"))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]:{port.Port}" : $"{address}:{port.Port}";
        request.Headers.ConnectionClose = true;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("discover", "1.0"));
        request.Options.Set(StreamKey, stream);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
        var body = await ReadBoundedAsync(response.Content, token);
        if (!response.IsSuccessStatusCode)
        {
            return Result(address, port, ProbeOutcome.NotRedfish, started, fingerprint, $"HTTP {(int)response.StatusCode} for /redfish/v1/");
        }

        var root = body is null ? null : ServiceRoot.TryParse(Encoding.UTF8.GetString(body));
        return root is null
            ? Result(address, port, ProbeOutcome.NotRedfish, started, fingerprint, body is null ? "body larger than 1 MiB" : "answer is not a Redfish ServiceRoot")
            : Result(address, port, ProbeOutcome.Bmc, started, fingerprint, null) with { ServiceRoot = root };
    }

    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken token)
    {
        await using var body = await content.ReadAsStreamAsync(token);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, token)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private ProbeResult Result(IPAddress address, ScanPort port, ProbeOutcome outcome, long started, string? fingerprint, string? error) => new()
    {
        Address = address,
        Port = port.Port,
        Kind = ProbeKind.Redfish,
        Outcome = outcome,
        Latency = _timeProvider.GetElapsedTime(started),
        Scheme = port.Scheme,
        TlsFingerprint = fingerprint,
        Error = error,
    };
}
