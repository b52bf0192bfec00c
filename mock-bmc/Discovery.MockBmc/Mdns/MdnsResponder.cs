using System.Net;
using System.Net.Sockets;
using Makaretu.Dns;

namespace Discovery.MockBmc.Mdns;

/// <summary>
/// The mock's mDNS responder: listens on 0.0.0.0:5353 (shared with any other responder on the host) in the group
/// 224.0.0.251 joined on the loopback interface only, and answers what <see cref="MdnsAnswer"/> finds. One-shot
/// queries get a unicast answer; others a multicast one, sent out of loopback: the mock never speaks mDNS on a real
/// network.
/// </summary>
public sealed class MdnsResponder : IAsyncDisposable
{
    private static readonly IPEndPoint Group = new(IPAddress.Parse("224.0.0.251"), 5353);
    private readonly UdpClient _client;
    private readonly IReadOnlyList<MdnsAdvertisement> _advertisements;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private MdnsResponder(UdpClient client, IReadOnlyList<MdnsAdvertisement> advertisements)
    {
        _client = client;
        _advertisements = advertisements;
        _loop = RunAsync(_stop.Token);
    }

    /// <summary>Starts answering for <paramref name="advertisements"/>.</summary>
    /// <exception cref="MockBmcException">Port 5353 or the group cannot be used.</exception>
    public static MdnsResponder Start(IReadOnlyList<MdnsAdvertisement> advertisements)
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

        return new MdnsResponder(client, advertisements);
    }

    /// <inheritdoc/>
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

    private async Task RunAsync(CancellationToken cancellationToken)
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
                continue;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            var query = new Message();
            try
            {
                query.Read(received.Buffer, 0, received.Buffer.Length);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
            {
                continue;
            }

            if (!query.IsQuery)
            {
                continue;
            }

            var legacyUnicast = received.RemoteEndPoint.Port != Group.Port;
            foreach (var answer in MdnsAnswer.For(query, _advertisements, legacyUnicast))
            {
                try
                {
                    await _client.SendAsync(answer.ToByteArray(), legacyUnicast ? received.RemoteEndPoint : Group, cancellationToken);
                }
                catch (SocketException)
                {
                    // The asker went away; nothing to do.
                }
            }
        }
    }
}
