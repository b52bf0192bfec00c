using System.Net;
using System.Net.Sockets;

namespace Discovery.Scanning.Probes;

/// <summary>One UDP datagram out and the first answer back, on a connected socket disposed afterwards.</summary>
internal static class UdpExchange
{
    /// <summary>The answer, or the outcome that replaced it (Closed on ICMP port unreachable, Timeout on silence).</summary>
    internal readonly record struct Answer(byte[]? Data, ProbeOutcome Outcome, string? Error);

    public static async Task<Answer> SendAsync(
        IPAddress address, int port, ReadOnlyMemory<byte> datagram, TimeSpan timeout, Func<byte[], bool> accept, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        using var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        var buffer = new byte[2048];
        try
        {
            // A connected UDP socket only receives from the target and surfaces ICMP port-unreachable as
            // ConnectionRefused, so a closed port is known at once instead of after the timeout.
            await socket.ConnectAsync(new IPEndPoint(address, port), timeoutSource.Token);
            await socket.SendAsync(datagram, SocketFlags.None, timeoutSource.Token);
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, SocketFlags.None, timeoutSource.Token);
                var data = buffer.AsSpan(0, received).ToArray();
                if (accept(data))
                {
                    return new Answer(data, ProbeOutcome.Answered, null);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Answer(null, ProbeOutcome.Timeout, $"no answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return new Answer(null, ProbeOutcome.Closed, "port unreachable");
        }
        catch (SocketException ex)
        {
            return new Answer(null, ProbeOutcome.Error, ex.SocketErrorCode.ToString());
        }
    }
}
