using System.Net;
using System.Net.Sockets;

namespace Discovery.Scanning.Tests;

/// <summary>Asks the kernel for a port that is free right now (for UDP responders that must share one port).</summary>
internal static class FreePorts
{
    public static int Udp(IPAddress address)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(address, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public static int Tcp(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
