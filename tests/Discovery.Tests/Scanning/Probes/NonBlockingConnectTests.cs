using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Discovery.Scanning.Probes.Tests;

/// <summary>The raw non-blocking connect of the Linux sweep: refused, connected (and usable as a Socket), polled.</summary>
public sealed class NonBlockingConnectTests
{
    [Fact]
    public void Start_ClosedPort_IsRefusedAndLeavesNoDescriptor()
    {
        Assert.SkipUnless(NonBlockingConnect.IsSupported, "Linux only");
        var address = IPAddress.Parse("127.0.51.1");
        var port = FreePort(address);

        var fd = NonBlockingConnect.Start(address, port, out var error);
        if (error == SocketError.WouldBlock)
        {
            Assert.Equal(1, Poll(fd));
            error = NonBlockingConnect.Result(fd);
            NonBlockingConnect.Close(fd);
        }
        else
        {
            Assert.Equal(-1, fd);
        }

        Assert.Equal(SocketError.ConnectionRefused, error);
    }

    [Fact]
    public async Task Start_ListeningPort_ConnectsAndBecomesAWorkingSocket()
    {
        Assert.SkipUnless(NonBlockingConnect.IsSupported, "Linux only");
        var ct = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Parse("127.0.51.2"), 0);
        listener.Start();
        var endpoint = (IPEndPoint)listener.LocalEndpoint;

        var fd = NonBlockingConnect.Start(endpoint.Address, endpoint.Port, out var error);
        if (error == SocketError.WouldBlock)
        {
            Assert.Equal(1, Poll(fd));
            error = NonBlockingConnect.Result(fd);
        }

        Assert.Equal(SocketError.Success, error);
        using var client = NonBlockingConnect.ToSocket(fd);
        using var server = await listener.AcceptSocketAsync(ct);
        await using var stream = new NetworkStream(client, ownsSocket: false);
        await stream.WriteAsync("ping"u8.ToArray(), ct);
        var buffer = new byte[4];
        await server.ReceiveAsync(buffer, ct);
        Assert.Equal("ping", Encoding.ASCII.GetString(buffer));
        Assert.Equal(endpoint, client.RemoteEndPoint);
    }

    private static int Poll(int fd)
    {
        Mono.Unix.Native.Pollfd[] fds = [new() { fd = fd, events = NonBlockingConnect.PollOut }];
        return NonBlockingConnect.Poll(fds, 1, 5_000);
    }

    private static int FreePort(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
