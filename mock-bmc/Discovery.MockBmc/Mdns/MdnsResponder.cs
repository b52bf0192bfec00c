using System.Net;
using System.Net.Sockets;
using Discovery.MockBmc.Udp;
using Makaretu.Dns;

namespace Discovery.MockBmc.Mdns;

/// <summary>
/// The mock's mDNS responder: listens on 0.0.0.0:5353 (shared with any other responder on the host) in the group
/// 224.0.0.251 joined on the loopback interface only, and answers what <see cref="MdnsAnswer"/> finds. One-shot
/// queries get a unicast answer; others a multicast one, sent out of loopback: the mock never speaks mDNS on a real
/// network.
/// </summary>
public static class MdnsResponder
{
    private static readonly IPEndPoint Group = new(IPAddress.Parse("224.0.0.251"), 5353);

    /// <summary>Starts answering for <paramref name="advertisements"/>; dispose the result to stop.</summary>
    /// <exception cref="MockBmcException">Port 5353 or the group cannot be used.</exception>
    public static IAsyncDisposable Start(IReadOnlyList<MdnsAdvertisement> advertisements)
    {
        ArgumentNullException.ThrowIfNull(advertisements);
        var client = new UdpClient(AddressFamily.InterNetwork);
        try
        {
            client.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            client.Client.Bind(new IPEndPoint(IPAddress.Any, Group.Port));
            client.JoinMulticastGroup(Group.Address, IPAddress.Loopback);
            client.Client.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, IPAddress.Loopback.GetAddressBytes());
            client.MulticastLoopback = true;
        }
        catch (SocketException e)
        {
            client.Dispose();
            throw new MockBmcException($"Could not listen for mDNS on UDP 5353 (group {Group.Address} on loopback): {e.Message}", e);
        }

        return UdpResponder.Start(client, received => Answer(received, advertisements));
    }

    private static IEnumerable<(byte[] Data, IPEndPoint To)> Answer(UdpReceiveResult received, IReadOnlyList<MdnsAdvertisement> advertisements)
    {
        var query = new Message();
        try
        {
            query.Read(received.Buffer, 0, received.Buffer.Length);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return [];
        }

        if (!query.IsQuery)
        {
            return [];
        }

        var legacyUnicast = received.RemoteEndPoint.Port != Group.Port;
        var to = legacyUnicast ? received.RemoteEndPoint : Group;
        return MdnsAnswer.For(query, advertisements, legacyUnicast).Select(answer => (answer.ToByteArray(), to));
    }
}
