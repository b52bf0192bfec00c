using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Discovery.Scanning.Probes;
using Mono.Unix.Native;

namespace Discovery.Scanning;

/// <summary>
/// The Redfish probes of a scan on Linux, swept the way nmap's connect scan does it: one thread starts non-blocking
/// connects while the scan's budget of probes in flight allows, waits on all pending ones with one <c>poll</c>, and
/// reports each refused, unreachable or silent port itself. Only a port that accepts goes on, as a task, to TLS and
/// <c>GET /redfish/v1/</c> (<see cref="RedfishProbe.ConfirmConnectedAsync"/>), holding its turn of the budget until
/// its result is out.
/// </summary>
/// <remarks>
/// Nearly every connect of a sweep fails, most at once. Through <see cref="Socket"/> each one cost an async
/// operation, an epoll registration and a hop through the socket engine's thread; here it costs four system calls
/// (socket, connect, SO_ERROR, close) and its result, and <c>poll</c> is shared by up to the whole budget.
/// </remarks>
internal sealed class ConnectSweep
{
    /// <summary>The most results handed to the reader at once.</summary>
    public const int BatchSize = 256;

    // The longest poll wait, so a cancelled scan stops promptly even while every port is silent.
    private const int MaxWaitMs = 100;

    private readonly ScanRequest _request;
    private readonly RedfishProbe _redfish;
    private readonly TimeProvider _time;
    private readonly ChannelWriter<ProbeResult[]> _writer;
    private readonly SemaphoreSlim _budget;
    private readonly CancellationTokenSource _failed;
    private readonly CancellationToken _token;
    private readonly Pollfd[] _fds;
    private readonly Pending[] _pending;
    private readonly List<Task> _confirmations = [];
    private readonly List<ProbeResult> _batch = new(BatchSize);
    private int _count;

    private ConnectSweep(
        ScanRequest request, RedfishProbe redfish, TimeProvider time, ChannelWriter<ProbeResult[]> writer, SemaphoreSlim budget, CancellationTokenSource failed)
    {
        _request = request;
        _redfish = redfish;
        _time = time;
        _writer = writer;
        _budget = budget;
        _failed = failed;
        _token = failed.Token;
        _fds = new Pollfd[request.Concurrency];
        _pending = new Pending[request.Concurrency];
    }

    /// <summary>
    /// Probes every (address, port) of <paramref name="request"/>'s targets and Redfish ports, each result written to
    /// <paramref name="writer"/>; each probe holds one turn of <paramref name="budget"/> while in flight. A failure
    /// cancels <paramref name="failed"/> (and so the scan's other workers) and is rethrown.
    /// </summary>
    public static async Task RunAsync(
        ScanRequest request, RedfishProbe redfish, TimeProvider time, ChannelWriter<ProbeResult[]> writer, SemaphoreSlim budget, CancellationTokenSource failed)
    {
        var sweep = new ConnectSweep(request, redfish, time, writer, budget, failed);
        var swept = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                sweep.Sweep();
                swept.SetResult();
            }
            catch (Exception ex)
            {
                swept.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "scan connect sweep",
        };
        thread.Start();
        try
        {
            await swept.Task;
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
        finally
        {
            // The confirmations still running end by themselves, or at once when the scan was cancelled or failed.
            await Task.WhenAll(sweep._confirmations).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await Task.WhenAll(sweep._confirmations);
    }

    private void Sweep()
    {
        using var items = Items(_request).GetEnumerator();
        var more = true;
        try
        {
            while (true)
            {
                _token.ThrowIfCancellationRequested();
                while (more && _budget.Wait(0, CancellationToken.None))
                {
                    if (!items.MoveNext())
                    {
                        _budget.Release();
                        more = false;
                        break;
                    }

                    Start(items.Current.Address, items.Current.Port);
                }

                if (_count > 0)
                {
                    Wait();
                    Flush();
                }
                else if (more)
                {
                    // Every turn is held by a confirmation: wait for one to end, then take turns again.
                    Flush();
                    _budget.Wait(_token);
                    _budget.Release();
                }
                else
                {
                    Flush();
                    return;
                }
            }
        }
        finally
        {
            for (var i = 0; i < _count; i++)
            {
                NonBlockingConnect.Close(_fds[i].fd);
            }

            _count = 0;
        }
    }

    private void Start(IPAddress address, ScanPort port)
    {
        var started = _time.GetTimestamp();
        int fd;
        SocketError error;
        try
        {
            fd = NonBlockingConnect.Start(address, port.Port, out error);
        }
        catch
        {
            _budget.Release();
            throw;
        }

        if (error == SocketError.WouldBlock)
        {
            _fds[_count] = new Pollfd { fd = fd, events = NonBlockingConnect.PollOut };
            _pending[_count] = new Pending(address, port, started, Environment.TickCount64 + (long)_request.Timeout.TotalMilliseconds);
            _count++;
        }
        else
        {
            Finish(fd, error, address, port, started);
        }
    }

    // One poll over every pending connect; then each finished one reported and each late one given up.
    private void Wait()
    {
        var now = Environment.TickCount64;
        var soonest = long.MaxValue;
        for (var i = 0; i < _count; i++)
        {
            soonest = Math.Min(soonest, _pending[i].DeadlineMs);
        }

        var ready = NonBlockingConnect.Poll(_fds, _count, (int)Math.Clamp(soonest - now, 0, MaxWaitMs));
        now = Environment.TickCount64;
        for (var i = _count - 1; i >= 0; i--)
        {
            var pending = _pending[i];
            var fd = _fds[i].fd;
            if (ready > 0 && _fds[i].revents != 0)
            {
                Remove(i);
                Finish(fd, NonBlockingConnect.Result(fd), pending.Address, pending.Port, pending.Started);
            }
            else if (now >= pending.DeadlineMs)
            {
                Remove(i);
                NonBlockingConnect.Close(fd);
                Report(_redfish.ConnectTimedOut(pending.Address, pending.Port, _request.Timeout, pending.Started));
            }
        }
    }

    private void Remove(int i)
    {
        _count--;
        _fds[i] = _fds[_count];
        _pending[i] = _pending[_count];
    }

    // A finished connect: refused and the like reported here, a connected port handed on to its confirmation.
    private void Finish(int fd, SocketError error, IPAddress address, ScanPort port, long started)
    {
        if (error != SocketError.Success)
        {
            if (fd >= 0)
            {
                NonBlockingConnect.Close(fd);
            }

            Report(_redfish.ConnectFailed(address, port, error, started));
            return;
        }

        Socket socket;
        try
        {
            socket = NonBlockingConnect.ToSocket(fd);
        }
        catch
        {
            NonBlockingConnect.Close(fd);
            _budget.Release();
            throw;
        }

        if (_confirmations.Count >= 1024)
        {
            _confirmations.RemoveAll(t => t.IsCompletedSuccessfully);
        }

        _confirmations.Add(Task.Run(() => ConfirmAsync(address, port, socket, started), CancellationToken.None));
    }

    private async Task ConfirmAsync(IPAddress address, ScanPort port, Socket socket, long started)
    {
        try
        {
            var result = await _redfish.ConfirmConnectedAsync(address, port, socket, _request.Timeout, started, _token);
            await _writer.WriteAsync([result], _token);
        }
        catch
        {
            await _failed.CancelAsync();
            throw;
        }
        finally
        {
            _budget.Release();
        }
    }

    // A result from the sweep's own thread: its turn is free at once (its socket is closed); the result waits in the
    // batch until the poll round ends, or the batch is full.
    private void Report(ProbeResult result)
    {
        _batch.Add(result);
        _budget.Release();
        if (_batch.Count >= BatchSize)
        {
            Flush();
        }
    }

    // Hands the batch to the reader; blocks this thread while the reader is behind (the channel is bounded).
    private void Flush()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        ProbeResult[] batch = [.. _batch];
        _batch.Clear();
        if (!_writer.TryWrite(batch))
        {
            _writer.WriteAsync(batch, _token).AsTask().GetAwaiter().GetResult();
        }
    }

    private static IEnumerable<(IPAddress Address, ScanPort Port)> Items(ScanRequest request)
    {
        foreach (var address in request.Targets.Enumerate())
        {
            foreach (var port in request.Ports)
            {
                yield return (address, port);
            }
        }
    }

    private readonly record struct Pending(IPAddress Address, ScanPort Port, long Started, long DeadlineMs);
}
