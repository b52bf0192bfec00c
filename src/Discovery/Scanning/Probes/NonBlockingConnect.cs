using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Discovery.Scanning.Probes;

/// <summary>
/// Linux's non-blocking TCP connect as nmap's connect scan uses it: <c>socket</c> (non-blocking from the start),
/// <c>connect</c>, <c>poll</c> over every pending connect at once, <c>SO_ERROR</c>, <c>close</c>.
/// </summary>
/// <remarks>
/// A <see cref="Socket"/> costs a sweep twice the system calls per address (two <c>fcntl</c>, an <c>epoll_ctl</c>
/// registration, a <c>poll</c> of its own) and a trip through the socket engine's thread, for a connect that on a
/// sweep is nearly always refused at once. Only a connect that succeeds becomes a <see cref="Socket"/>
/// (<see cref="ToSocket"/>), for TLS and the GET.
/// </remarks>
internal static partial class NonBlockingConnect
{
    /// <summary>poll(2)'s "writable": a connect finished, either way.</summary>
    public const short PollOut = 0x4;

    private const int AfInet = 2;
    private const int AfInet6 = 10;
    private const int SockStream = 1;
    private const int SockNonBlock = 0x800;
    private const int SockCloexec = 0x80000;
    private const int SolSocket = 1;
    private const int SoError = 4;
    private const int EInProgress = 115;
    private const int EIntr = 4;

    /// <summary>True where these calls exist (Linux); elsewhere the scan connects through <see cref="Socket"/>.</summary>
    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>
    /// Starts a connect to <paramref name="address"/>:<paramref name="port"/>. Returns the descriptor, with
    /// <paramref name="error"/> <see cref="SocketError.WouldBlock"/> while it is pending, <see cref="SocketError.Success"/>
    /// when it connected at once, or the failure (the descriptor is then already closed and -1 returned).
    /// </summary>
    /// <exception cref="SocketException">No socket could be made (out of descriptors, say): a local failure, not an outcome.</exception>
    public static int Start(IPAddress address, int port, out SocketError error)
    {
        var v6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        var fd = Native.Socket(v6 ? AfInet6 : AfInet, SockStream | SockNonBlock | SockCloexec, 0);
        if (fd < 0)
        {
            throw new SocketException((int)ToSocketError(Marshal.GetLastPInvokeError()));
        }

        // struct sockaddr_in (16 bytes) or sockaddr_in6 (28): family, port in network order, address, zeros.
        Span<byte> socketAddress = stackalloc byte[28];
        socketAddress.Clear();
        socketAddress[0] = (byte)(v6 ? AfInet6 : AfInet);
        socketAddress[2] = (byte)(port >> 8);
        socketAddress[3] = (byte)port;
        if (v6)
        {
            address.TryWriteBytes(socketAddress[8..24], out _);
            var scope = (uint)address.ScopeId;
            socketAddress[24] = (byte)scope;
            socketAddress[25] = (byte)(scope >> 8);
            socketAddress[26] = (byte)(scope >> 16);
            socketAddress[27] = (byte)(scope >> 24);
        }
        else
        {
            address.TryWriteBytes(socketAddress[4..8], out _);
        }

        if (Native.Connect(fd, socketAddress, v6 ? 28 : 16) == 0)
        {
            error = SocketError.Success;
            return fd;
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno == EInProgress)
        {
            error = SocketError.WouldBlock;
            return fd;
        }

        _ = Native.Close(fd);
        error = ToSocketError(errno);
        return -1;
    }

    /// <summary>Waits up to <paramref name="timeoutMs"/> for any of <paramref name="fds"/> to finish; returns how many did.</summary>
    /// <exception cref="SocketException">poll itself failed.</exception>
    public static int Poll(Span<PollFd> fds, int timeoutMs)
    {
        while (true)
        {
            var ready = Native.Poll(fds, (nuint)fds.Length, timeoutMs);
            if (ready >= 0)
            {
                return ready;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno != EIntr)
            {
                throw new SocketException((int)ToSocketError(errno));
            }
        }
    }

    /// <summary>The outcome of a finished connect (its SO_ERROR).</summary>
    public static SocketError Result(int fd)
    {
        var value = 0;
        var length = sizeof(int);
        return Native.GetSockOpt(fd, SolSocket, SoError, ref value, ref length) != 0
            ? ToSocketError(Marshal.GetLastPInvokeError())
            : ToSocketError(value);
    }

    /// <summary>Closes a descriptor that did not become a <see cref="Socket"/>.</summary>
    public static void Close(int fd) => _ = Native.Close(fd);

    /// <summary>A connected descriptor as a <see cref="Socket"/> that owns it, in the blocking mode a NetworkStream asks for.</summary>
    public static Socket ToSocket(int fd)
    {
        // .NET keeps the descriptor non-blocking underneath and blocks only in its synchronous calls.
        var socket = new Socket(new SafeSocketHandle(fd, ownsHandle: true)) { Blocking = true };
        return socket;
    }

    // Linux errno values of a connect, as .NET names them (what the probe's error text says).
    private static SocketError ToSocketError(int errno) => errno switch
    {
        0 => SocketError.Success,
        111 => SocketError.ConnectionRefused,
        113 => SocketError.HostUnreachable,
        101 => SocketError.NetworkUnreachable,
        112 => SocketError.HostDown,
        110 => SocketError.TimedOut,
        104 => SocketError.ConnectionReset,
        100 => SocketError.NetworkDown,
        99 => SocketError.AddressNotAvailable,
        98 => SocketError.AddressAlreadyInUse,
        13 or 1 => SocketError.AccessDenied,
        24 or 23 => SocketError.TooManyOpenSockets,
        105 or 12 => SocketError.NoBufferSpaceAvailable,
        97 => SocketError.AddressFamilyNotSupported,
        22 => SocketError.InvalidArgument,
        _ => SocketError.SocketError,
    };

    /// <summary>struct pollfd.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        /// <summary>The descriptor.</summary>
        public int Fd;

        /// <summary>Events asked for.</summary>
        public short Events;

        /// <summary>Events that happened.</summary>
        public short Returned;
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
        public static partial int Socket(int domain, int type, int protocol);

        [LibraryImport("libc", EntryPoint = "connect", SetLastError = true)]
        public static partial int Connect(int fd, ReadOnlySpan<byte> address, int length);

        [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
        public static partial int Poll(Span<PollFd> fds, nuint count, int timeoutMs);

        [LibraryImport("libc", EntryPoint = "getsockopt", SetLastError = true)]
        public static partial int GetSockOpt(int fd, int level, int name, ref int value, ref int length);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        public static partial int Close(int fd);
    }
}
