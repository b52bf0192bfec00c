using System.Net;
using System.Net.Sockets;

namespace Discovery.MockBmc.Udp;

/// <summary>A UDP socket on one instance address that answers each datagram with at most one reply.</summary>
internal sealed class UdpResponder : IAsyncDisposable
{
    private readonly UdpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private UdpResponder(UdpClient client, Func<byte[], byte[]?> answer)
    {
        _client = client;
        _loop = RunAsync(answer, _stop.Token);
    }

    public int Port => ((IPEndPoint)_client.Client.LocalEndPoint!).Port;

    public static UdpResponder Start(IPAddress address, int port, Func<byte[], byte[]?> answer)
    {
        var client = new UdpClient(new IPEndPoint(address, port));
        return new UdpResponder(client, answer);
    }

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

    private async Task RunAsync(Func<byte[], byte[]?> answer, CancellationToken cancellationToken)
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

            var reply = answer(received.Buffer);
            if (reply is not null)
            {
                try
                {
                    await _client.SendAsync(reply, received.RemoteEndPoint, cancellationToken);
                }
                catch (SocketException)
                {
                    // The asker went away; nothing to do.
                }
            }
        }
    }
}
