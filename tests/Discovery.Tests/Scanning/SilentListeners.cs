using System.Net;
using System.Net.Sockets;

namespace Discovery.Scanning.Tests;

/// <summary>
/// TCP ports on one loopback address that accept and then never say a word (a hung service). At each accept it
/// counts the connections still open: on loopback a client's close reaches the server before that client's next
/// connect does, so the count at an accept is exactly how many probes held a socket at that moment.
/// </summary>
internal sealed class SilentListeners : IAsyncDisposable
{
    private readonly List<TcpListener> _listeners = [];
    private readonly List<Socket> _accepted = [];
    private readonly List<Task> _loops = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _firstAccept = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SilentListeners(IPAddress address, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var listener = new TcpListener(address, 0);
            listener.Start(backlog: 64);
            _listeners.Add(listener);
        }

        foreach (var listener in _listeners)
        {
            _loops.Add(AcceptAsync(listener));
        }
    }

    /// <summary>The listening ports.</summary>
    public IReadOnlyList<int> Ports => _listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();

    /// <summary>Connections accepted so far.</summary>
    public int Accepted
    {
        get
        {
            lock (_gate)
            {
                return _accepted.Count;
            }
        }
    }

    /// <summary>The most connections open at once, counted at each accept.</summary>
    public int MostOpen { get; private set; }

    /// <summary>Completes at the first accepted connection.</summary>
    public Task FirstAccept => _firstAccept.Task;

    public static SilentListeners Start(IPAddress address, int count) => new(address, count);

    /// <summary>How many accepted connections the client has not closed yet.</summary>
    public int OpenNow()
    {
        lock (_gate)
        {
            return _accepted.Count(IsOpen);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }

        await Task.WhenAll(_loops.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));
        lock (_gate)
        {
            _accepted.ForEach(s => s.Dispose());
        }

        _stop.Dispose();
    }

    // The request a probe sent is read and dropped; readable with nothing left to read then means the peer closed.
    private static bool IsOpen(Socket socket)
    {
        try
        {
            var buffer = new byte[4096];
            while (socket.Available > 0)
            {
                socket.Receive(buffer);
            }

            return !(socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await listener.AcceptSocketAsync(_stop.Token);
            lock (_gate)
            {
                _accepted.Add(socket);
                MostOpen = Math.Max(MostOpen, _accepted.Count(IsOpen));
            }

            _firstAccept.TrySetResult();
        }
    }
}
