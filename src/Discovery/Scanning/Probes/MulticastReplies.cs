using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Discovery.Scanning.Probes;

/// <summary>The datagrams that reach a socket within a listening window: how SSDP and mDNS multicast searches collect answers.</summary>
internal static class MulticastReplies
{
    /// <summary>
    /// Yields each datagram (its sender and length; the bytes are in <paramref name="buffer"/> until the next one) until
    /// <paramref name="window"/> fires. An ICMP error for one of our own datagrams is skipped; the caller's
    /// <paramref name="cancellationToken"/> still throws.
    /// </summary>
    public static async IAsyncEnumerable<SocketReceiveFromResult> ReceiveAsync(
        Socket socket, byte[] buffer, CancellationToken window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        while (true)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), window);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
            catch (SocketException)
            {
                continue;
            }

            yield return received;
        }
    }
}
