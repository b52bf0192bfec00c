using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Mono.Unix.Native;

namespace Discovery.Scanning.Probes;

/// <summary>
/// Linux's non-blocking TCP connect as nmap's connect scan uses it: <c>socket</c> (non-blocking from the start),
/// <c>connect</c>, <c>poll</c> over every pending connect at once, <c>SO_ERROR</c>, <c>close</c>.
/// </summary>
/// <remarks>
/// The calls go through Mono.Unix's <see cref="Syscall"/> (src/ holds no interop of its own, issue 12); its imports keep
/// each call's errno for <see cref="Marshal.GetLastPInvokeError"/>.
/// A <see cref="Socket"/> costs a sweep twice the system calls per address (two <c>fcntl</c>, an <c>epoll_ctl</c>
/// registration, a <c>poll</c> of its own) and a trip through the socket engine's thread, for a connect that on a
/// sweep is nearly always refused at once. Only a connect that succeeds becomes a <see cref="Socket"/>
/// (<see cref="ToSocket"/>), for TLS and the GET.
/// </remarks>
internal static class NonBlockingConnect
{
    /// <summary>poll(2)'s "writable": a connect finished, either way.</summary>
    public const PollEvents PollOut = PollEvents.POLLOUT;

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
        var fd = Syscall.socket(
            v6 ? UnixAddressFamily.AF_INET6 : UnixAddressFamily.AF_INET,
            UnixSocketType.SOCK_STREAM,
            UnixSocketFlags.SOCK_NONBLOCK | UnixSocketFlags.SOCK_CLOEXEC,
            0);
        if (fd < 0)
        {
            throw new SocketException((int)ToSocketError(Marshal.GetLastPInvokeError()));
        }

        // Mono.Unix wants the port in network order (sin_port is the struct's field as is).
        var networkPort = Syscall.htons((ushort)port);
        Sockaddr socketAddress = v6
            ? new SockaddrIn6
            {
                sin6_family = UnixAddressFamily.AF_INET6,
                sin6_port = networkPort,
                sin6_addr = NativeConvert.ToIn6Addr(address),
                sin6_scope_id = (uint)address.ScopeId,
            }
            : new SockaddrIn
            {
                sin_family = UnixAddressFamily.AF_INET,
                sin_port = networkPort,
                sin_addr = NativeConvert.ToInAddr(address),
            };
        if (Syscall.connect(fd, socketAddress) == 0)
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

        _ = Syscall.close(fd);
        error = ToSocketError(errno);
        return -1;
    }

    /// <summary>Waits up to <paramref name="timeoutMs"/> for any of the first <paramref name="count"/> of <paramref name="fds"/> to finish; returns how many did.</summary>
    /// <exception cref="SocketException">poll itself failed.</exception>
    public static int Poll(Pollfd[] fds, int count, int timeoutMs)
    {
        while (true)
        {
            var ready = Syscall.poll(fds, (uint)count, timeoutMs);
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
        return Syscall.getsockopt(fd, UnixSocketProtocol.SOL_SOCKET, UnixSocketOptionName.SO_ERROR, out int value) != 0
            ? ToSocketError(Marshal.GetLastPInvokeError())
            : ToSocketError(value);
    }

    /// <summary>Closes a descriptor that did not become a <see cref="Socket"/>.</summary>
    public static void Close(int fd) => _ = Syscall.close(fd);

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
}
