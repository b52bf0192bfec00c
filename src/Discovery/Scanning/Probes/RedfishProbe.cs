using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
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
    private readonly HttpClient _client;
    private readonly TimeProvider _timeProvider;
    private long _probeId;

    /// <summary>Creates the probe and its shared handler.</summary>
    public RedfishProbe(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
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
        ArgumentNullException.ThrowIfNull(address);
        var started = _timeProvider.GetTimestamp();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var token = timeoutSource.Token;
        var phase = "TCP connect";
        string? fingerprint = null;
        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        // Closing the socket is what unblocks a read on a hung service, whichever layer (TLS, HTTP) is waiting.
        await using var closeOnTimeout = token.UnsafeRegister(static state => ((Socket)state!).Dispose(), socket);
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, port.Port), token);
            await using var network = new NetworkStream(socket, ownsSocket: true);
            Stream stream = network;
            SslStream? ssl = null;
            if (port.UseTls)
            {
                phase = "TLS handshake";
                ssl = new SslStream(network, leaveInnerStreamOpen: true);
                stream = ssl;
                await ssl.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = address.ToString(),
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
            return Result(address, port, ProbeOutcome.Timeout, started, fingerprint, $"no answer to {phase} within {timeout.TotalSeconds:0.###} s");
        }
        catch (SocketException ex)
        {
            var outcome = ex.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => ProbeOutcome.Closed,
                SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown => ProbeOutcome.Unreachable,
                SocketError.TimedOut => ProbeOutcome.Timeout,
                _ => ProbeOutcome.Error,
            };
            return Result(address, port, outcome, started, fingerprint, $"{phase}: {ex.SocketErrorCode}");
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

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

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
