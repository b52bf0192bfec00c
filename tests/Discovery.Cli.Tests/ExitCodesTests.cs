using System.Net;
using System.Net.Sockets;

namespace Discovery.Cli.Tests;

public sealed class ExitCodesTests
{
    [Fact]
    public async Task For_HttpClientTimeout_IsARemoteFailureNotACancel()
    {
        // A server that takes the connection and never answers, as a store busy with a long apply may.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = listener.AcceptSocketAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => http.GetAsync($"http://127.0.0.1:{port}/nodes", TestContext.Current.CancellationToken));
        using var socket = await accepted;

        var (code, lines) = ExitCodes.For(thrown)!.Value;
        Assert.Equal(ExitCodes.RemoteFailure, code);
        Assert.StartsWith("the inventory server did not answer in time: ", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void For_CancelledByTheUser_IsCancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        var (code, _) = ExitCodes.For(new OperationCanceledException(source.Token))!.Value;

        Assert.Equal(ExitCodes.Cancelled, code);
    }
}
