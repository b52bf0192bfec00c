using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks.Sources;

namespace Discovery.Scanning.Probes;

/// <summary>
/// A reusable TCP connect that reports its outcome as a <see cref="SocketError"/> and never throws for a network
/// failure: one per scan worker, reused for every address that worker probes.
/// </summary>
/// <remarks>
/// On a sweep almost every connect fails (refused or silent). <c>Socket.ConnectAsync(EndPoint)</c> turns each failure
/// into a SocketException, and capturing tens of thousands of exceptions through async frames was the scan's largest
/// CPU and allocation cost; <see cref="SocketAsyncEventArgs"/> reports the error code instead, and reusing it saves
/// the per-socket operation object. Not thread-safe: one connect at a time.
/// </remarks>
internal sealed class TcpConnectOperation : SocketAsyncEventArgs, IValueTaskSource<SocketError>
{
    private ManualResetValueTaskSourceCore<SocketError> _completion;

    /// <summary>Creates the operation; completions do not capture the caller's execution context (the scan needs none).</summary>
    public TcpConnectOperation()
        : base(unsafeSuppressExecutionContextFlow: true)
    {
    }

    /// <summary>
    /// Connects <paramref name="socket"/> to <paramref name="endpoint"/>. A socket disposed before or during the connect
    /// (how a deadline aborts it) yields <see cref="SocketError.OperationAborted"/>.
    /// </summary>
    public ValueTask<SocketError> ConnectAsync(Socket socket, IPEndPoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(socket);
        _completion.Reset();
        RemoteEndPoint = endpoint;
        try
        {
            return socket.ConnectAsync(this) ? new ValueTask<SocketError>(this, _completion.Version) : new ValueTask<SocketError>(SocketError);
        }
        catch (ObjectDisposedException)
        {
            return new ValueTask<SocketError>(SocketError.OperationAborted);
        }
        catch (SocketException ex)
        {
            return new ValueTask<SocketError>(ex.SocketErrorCode);
        }
    }

    /// <inheritdoc/>
    SocketError IValueTaskSource<SocketError>.GetResult(short token) => _completion.GetResult(token);

    /// <inheritdoc/>
    ValueTaskSourceStatus IValueTaskSource<SocketError>.GetStatus(short token) => _completion.GetStatus(token);

    /// <inheritdoc/>
    void IValueTaskSource<SocketError>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _completion.OnCompleted(continuation, state, token, flags);

    /// <inheritdoc/>
    protected override void OnCompleted(SocketAsyncEventArgs e)
    {
        // A refused connect finishes in a few instructions, so it runs on the thread that saw the completion; a
        // connected socket goes on to TLS and HTTP, which must not hold up the other completions that thread was
        // handed (run inline, 200 handshakes started one after another and all finished late together).
        _completion.RunContinuationsAsynchronously = SocketError == SocketError.Success;
        _completion.SetResult(SocketError);
    }
}
