using System.Net;
using System.Net.Sockets;

namespace Discovery.MockBmc.Udp;

/// <summary>A UDP socket that answers each datagram: on one instance address with at most one reply, or as the mDNS responder does.</summary>
internal sealed class UdpResponder : IAsyncDisposable
{
    private readonly UdpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private UdpResponder(UdpClient client, Func<UdpReceiveResult, IEnumerable<(byte[] Data, IPEndPoint To)>> answer)
    {
        _client = client;
        _loop = RunAsync(answer, _stop.Token);
    }

    public int Port => ((IPEndPoint)_client.Client.LocalEndPoint!).Port;

    public static UdpResponder Start(IPAddress address, int port, Func<byte[], byte[]?> answer)
    {
        var client = new UdpClient(new IPEndPoint(address, port));
        return new UdpResponder(client, received => answer(received.Buffer) is { } reply ? [(reply, received.RemoteEndPoint)] : []);
    }

    /// <summary>Serves on a socket set up by the caller; each datagram gets the replies <paramref name="answer"/> addresses.</summary>
    public static UdpResponder Start(UdpClient client, Func<UdpReceiveResult, IEnumerable<(byte[] Data, IPEndPoint To)>> answer) => new(client, answer);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Expected on stop.
        }

        _stop.Dispose();
    }

    private async Task RunAsync(Func<UdpReceiveResult, IEnumerable<(byte[] Data, IPEndPoint To)>> answer, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            UdpReceiveResult received;
            try
            {
                received = await _client.ReceiveAsync(cancellationToken);
            }
            catch (SocketException)
            {
                // ICMP port unreachable from an earlier reply surfaces here on Linux; keep serving.
                continue;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            foreach (var (reply, to) in answer(received))
            {
                try
                {
                    await _client.SendAsync(reply, to, cancellationToken);
                }
                catch (SocketException)
                {
                    // The asker went away; nothing to do.
                }
            }
        }
    }
}
