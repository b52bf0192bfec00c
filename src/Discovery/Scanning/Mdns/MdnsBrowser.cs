using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Discovery.Scanning.Probes;
using Makaretu.Dns;

namespace Discovery.Scanning.Mdns;

/// <summary>
/// Browses service types over multicast DNS for a fixed time with RFC 6762 one-shot queries: sent from an ephemeral
/// port to 224.0.0.251:5353 out of each given interface, so responders answer by unicast to us (section 6.7) and we
/// never bind port 5353 (a host's own avahi keeps it). Instances whose PTR arrived without their SRV or address get a
/// follow-up question. IPv4 only.
/// </summary>
internal static class MdnsBrowser
{
    /// <summary>The mDNS group and port.</summary>
    public static readonly IPEndPoint Group = new(IPAddress.Parse("224.0.0.251"), 5353);

    // The first query goes out at once and again after a second (RFC 6762 5.2's first interval), so one lost
    // datagram does not lose the whole browse.
    private static readonly TimeSpan Repeat = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Yields each instance of <paramref name="serviceTypes"/> once it is resolved (PTR, SRV and an address), until
    /// <paramref name="duration"/> has passed.
    /// </summary>
    /// <param name="serviceTypes">Fully qualified types, e.g. <c>_redfish._tcp.local</c>.</param>
    /// <param name="interfaces">IPv4 addresses of the interfaces to ask on (<see cref="MdnsInterfaces.Local"/>).</param>
    /// <param name="duration">How long to listen for answers.</param>
    /// <param name="cancellationToken">Stops the browse.</param>
    public static async IAsyncEnumerable<MdnsServiceInstance> BrowseAsync(
        IReadOnlyList<string> serviceTypes, IReadOnlyList<IPAddress> interfaces, TimeSpan duration, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceTypes);
        ArgumentNullException.ThrowIfNull(interfaces);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Any, 0));
        using var sending = new SemaphoreSlim(1, 1);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(duration);
        var browse = Query(serviceTypes.Select(t => (t, DnsType.PTR)));
        await SendAsync(socket, sending, interfaces, browse, cancellationToken);
        var repeat = RepeatAsync(socket, sending, interfaces, browse, window.Token);
        var answers = new MdnsAnswers(serviceTypes);
        var asked = new HashSet<(string, DnsType)>();
        var buffer = new byte[Message.MaxLength];
        try
        {
            await foreach (var received in MulticastReplies.ReceiveAsync(socket, buffer, window.Token, cancellationToken))
            {
                if (TryRead(buffer.AsSpan(0, received.ReceivedBytes)) is not { IsResponse: true } message)
                {
                    continue;
                }

                answers.Add(message);
                foreach (var instance in answers.TakeReady())
                {
                    yield return instance;
                }

                var followUp = answers.Missing().Where(asked.Add).ToList();
                if (followUp.Count > 0)
                {
                    await SendAsync(socket, sending, interfaces, Query(followUp), window.Token);
                }
            }
        }
        finally
        {
            await window.CancelAsync();
            await repeat;
        }
    }

    private static async Task RepeatAsync(Socket socket, SemaphoreSlim sending, IReadOnlyList<IPAddress> interfaces, byte[] query, CancellationToken token)
    {
        try
        {
            await Task.Delay(Repeat, token);
            await SendAsync(socket, sending, interfaces, query, token);
        }
        catch (OperationCanceledException)
        {
            // The browse ended first.
        }
    }

    private static byte[] Query(IEnumerable<(string Name, DnsType Type)> questions)
    {
        var message = new Message { Id = 0, QR = false, Opcode = MessageOperation.Query };
        foreach (var (name, type) in questions)
        {
            message.Questions.Add(new Question { Name = name, Type = type, Class = DnsClass.IN });
        }

        return message.ToByteArray();
    }

    private static async Task SendAsync(Socket socket, SemaphoreSlim sending, IReadOnlyList<IPAddress> interfaces, byte[] query, CancellationToken token)
    {
        // The outgoing interface is a socket option, so one send at a time.
        await sending.WaitAsync(token);
        try
        {
            foreach (var local in interfaces)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.MulticastInterface, local.GetAddressBytes());
                try
                {
                    await socket.SendToAsync(query, SocketFlags.None, Group, token);
                }
                catch (SocketException)
                {
                    // An interface without a multicast route; the others still get the question.
                }
            }
        }
        finally
        {
            sending.Release();
        }
    }

    private static Message? TryRead(ReadOnlySpan<byte> datagram)
    {
        var message = new Message();
        try
        {
            message.Read(datagram.ToArray(), 0, datagram.Length);
            return message;
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            // Anyone on the link can send anything; a malformed answer is skipped.
            return null;
        }
    }
}
