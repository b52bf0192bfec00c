using System.Collections.Concurrent;
using System.Net;
using Discovery.Records.Xnames;
using Discovery.Redfish.Collect;
using Discovery.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Discovery.Redfish.Tests;

/// <summary>
/// A BMC's logout keeps no crawl slot: with one BMC at a time, the second BMC is crawled while the first one's
/// DELETE is still unanswered, and the first still logs out and is reported. But BMCs finishing are bounded too.
/// </summary>
public sealed class LogoutSlotTests
{
    private const string Token = "tok-5d1e7c2a9b3f4e60";

    [Fact]
    public async Task CollectAsync_FirstLogoutHeldUntilSecondBmcReported_SecondFinishesFirstAndBothLogOut()
    {
        var token = TestContext.Current.CancellationToken;
        var firstLogout = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var deletes = new ConcurrentQueue<string>();
        await using var app = await StartBmcAsync(firstLogout.Task, deletes, token);
        var target = new BmcTarget { BaseUri = new Uri(app.Urls.First()) };
        var reported = new ConcurrentQueue<string>();
        var request = new CollectRequest
        {
            Targets = [target, target],
            MaxParallelBmcs = 1,
            OnResult = (result, _) =>
            {
                var session = result.Exchanges.Single(e => e.Method == "DELETE").Uri;
                reported.Enqueue(session);
                if (session.EndsWith("/2", StringComparison.Ordinal))
                {
                    firstLogout.TrySetResult();
                }

                return ValueTask.CompletedTask;
            },
        };

        var results = (await new Collector(new FixedCredentials(), new XnameAssigner(IdMap.Empty)).CollectAsync(request, null, token)).Results;

        Assert.Equal(["/redfish/v1/SessionService/Sessions/2", "/redfish/v1/SessionService/Sessions/1"], reported);
        Assert.Equal([BmcCollectStatus.Ok, BmcCollectStatus.Ok], results.Select(r => r.Status));
        Assert.Equal([204, 204], results.Select(r => r.Exchanges.Single(e => e.Method == "DELETE").Status));
        Assert.Equal(["/redfish/v1/SessionService/Sessions/2", "/redfish/v1/SessionService/Sessions/1"], deletes);
    }

    [Fact]
    public async Task CollectAsync_MappingFallsBehind_NoMoreThanTwiceParallelBmcsAlive()
    {
        var token = TestContext.Current.CancellationToken;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = 0;
        var finished = 0;
        var finishedAtThirdLogin = -1;
        await using var app = await StartBmcAsync(Task.CompletedTask, new ConcurrentQueue<string>(), token,
            login => { if (login == 3) { Volatile.Write(ref finishedAtThirdLogin, Volatile.Read(ref finished)); } });
        var target = new BmcTarget { BaseUri = new Uri(app.Urls.First()) };
        var request = new CollectRequest
        {
            Targets = [target, target, target],
            MaxParallelBmcs = 1,
            // Each BMC's result waits until two are waiting: "mapping" that has fallen behind the crawl.
            OnResult = async (_, _) =>
            {
                if (Interlocked.Increment(ref entered) == 2)
                {
                    gate.TrySetResult();
                }

                await gate.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
                Interlocked.Increment(ref finished);
            },
        };

        var results = (await new Collector(new FixedCredentials(), new XnameAssigner(IdMap.Empty)).CollectAsync(request, null, token)).Results;

        // Without the bound the third BMC starts when the second's crawl ends, before either result is done (0); with it,
        // only after one of the two alive is done.
        Assert.InRange(finishedAtThirdLogin, 1, 2);
        Assert.Equal([BmcCollectStatus.Ok, BmcCollectStatus.Ok, BmcCollectStatus.Ok], results.Select(r => r.Status));
    }

    // One BMC for both targets: the first login gets session 1, whose DELETE is answered once `release` completes
    // (or after 30 s, so a collector that waits for it still ends).
    private static async Task<WebApplication> StartBmcAsync(
        Task release, ConcurrentQueue<string> deletes, CancellationToken cancellationToken, Action<int>? onLogin = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel();
        var app = builder.Build();
        app.Urls.Add($"http://{IPAddress.Loopback}:0");
        var sessions = 0;
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            switch (context.Request.Method)
            {
                case "POST":
                    var id = Interlocked.Increment(ref sessions);
                    onLogin?.Invoke(id);
                    context.Response.Headers["X-Auth-Token"] = Token;
                    context.Response.Headers.Location = $"/redfish/v1/SessionService/Sessions/{id}";
                    await JsonAnswer.Write(context, 201, $$"""{"@odata.id":"/redfish/v1/SessionService/Sessions/{{id}}"}""");
                    break;
                case "DELETE":
                    if (path.EndsWith("/1", StringComparison.Ordinal))
                    {
                        await release.WaitAsync(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    }

                    deletes.Enqueue(path);
                    await JsonAnswer.Write(context, 204, null);
                    break;
                case "GET" when path.TrimEnd('/') == "/redfish/v1":
                    await JsonAnswer.Write(context, 200, """{"@odata.id":"/redfish/v1/","@odata.type":"#ServiceRoot.v1_5_0.ServiceRoot","RedfishVersion":"1.6.0","Systems":{"@odata.id":"/redfish/v1/Systems"},"SessionService":{"@odata.id":"/redfish/v1/SessionService"},"Links":{"Sessions":{"@odata.id":"/redfish/v1/SessionService/Sessions"}}}""");
                    break;
                case "GET" when context.Request.Headers["X-Auth-Token"] != Token:
                    await JsonAnswer.Write(context, 401, null);
                    break;
                case "GET" when path == "/redfish/v1/Systems":
                    await JsonAnswer.Write(context, 200, """{"@odata.id":"/redfish/v1/Systems","Members":[]}""");
                    break;
                default:
                    await JsonAnswer.Write(context, 404, null);
                    break;
            }
        });
        await app.StartAsync(cancellationToken);
        return app;
    }
}
