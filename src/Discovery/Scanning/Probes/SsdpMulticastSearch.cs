using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Discovery.Targets;

namespace Discovery.Scanning.Probes;

/// <summary>
/// One multicast M-SEARCH to 239.255.255.250:1900, answers collected for the timeout. Only answers from
/// addresses in the target set are confirmed and reported: the user named what may be probed.
/// </summary>
internal static class SsdpMulticastSearch
{
    private static readonly IPEndPoint Group = new(IPAddress.Parse("239.255.255.250"), 1900);

    public static async IAsyncEnumerable<ProbeResult> SearchAsync(
        SsdpProbe probe, TargetSet targets, TimeSpan timeout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Any, 0));
        await socket.SendToAsync(SsdpMessages.CreateSearch(Math.Max(1, (int)timeout.TotalSeconds)), SocketFlags.None, Group, cancellationToken);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(timeout);
        var buffer = new byte[2048];
        var seen = new HashSet<IPAddress>();
        await foreach (var received in MulticastReplies.ReceiveAsync(socket, buffer, window.Token, cancellationToken))
        {
            var from = (IPEndPoint)received.RemoteEndPoint;
            var response = SsdpMessages.TryParse(buffer.AsSpan(0, received.ReceivedBytes));
            if (response is null || !targets.Contains(from.Address) || !seen.Add(from.Address))
            {
                continue;
            }

            var answered = new ProbeResult
            {
                Address = from.Address,
                Port = Group.Port,
                Kind = ProbeKind.Ssdp,
                Outcome = ProbeOutcome.Answered,
                Location = response.Location?.ToString(),
            };
            yield return await probe.ConfirmAsync(answered, response, timeout, cancellationToken);
        }
    }
}
