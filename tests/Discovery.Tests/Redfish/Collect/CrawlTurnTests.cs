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
/// A crawl slot's next BMC reads its service root while the BMC before it is crawled, on a request the crawl leaves
/// unused, and logs in only once that crawl is over: one BMC crawled per slot, never more requests in flight than the
/// slot's two, one login and one logout per BMC.
/// </summary>
public sealed class CrawlTurnTests
{
    [Fact]
    public async Task CollectAsync_OneSlot_SecondRootReadDuringFirstCrawl_SecondLoginAfterIt()
    {
        var token = TestContext.Current.CancellationToken;
        var bmc = new CountingBmc();
        await using var app = await bmc.StartAsync(token);
        var ports = app.Urls.Select(u => new Uri(u)).OrderBy(u => u.Port).ToList();
        bmc.SecondPort = ports[1].Port;
        var request = new CollectRequest { Targets = [.. ports.Select(u => new BmcTarget { BaseUri = u })], MaxParallelBmcs = 1 };

        var results = (await new Collector(new FixedCredentials(), new XnameAssigner(IdMap.Empty)).CollectAsync(request, null, token)).Results;

        Assert.Equal([BmcCollectStatus.Ok, BmcCollectStatus.Ok], results.Select(r => r.Status));
        // The first BMC's Systems and the second BMC's service root were in flight together (each was held until the
        // other arrived, at most 30 s).
        Assert.True(bmc.SecondRootDuringFirstCrawl);
        Assert.Equal(0, bmc.FirstSessionGetsAtSecondLogin);
        Assert.Equal(2, bmc.MaxInFlight);
        Assert.All(results, r => Assert.Equal(1, r.Exchanges.Count(e => e.Method == "POST")));
        Assert.All(results, r => Assert.Equal([204], r.Exchanges.Where(e => e.Method == "DELETE").Select(e => e.Status)));
        Assert.Equal(["/redfish/v1/SessionService/Sessions/1", "/redfish/v1/SessionService/Sessions/2"], bmc.Deleted.Order());
    }

    private sealed class CountingBmc
    {
        private readonly TaskCompletionSource _secondRoot = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _firstSystems = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _gate = new();
        private readonly List<string> _deleted = [];
        private int _sessions;
        private int _inFlight;
        private int _firstSessionGets;

        /// <summary>The second BMC's port (both BMCs are this one server, on two ports).</summary>
        public int SecondPort { get; set; }

        public bool SecondRootDuringFirstCrawl { get; private set; }

        public int FirstSessionGetsAtSecondLogin { get; private set; } = -1;

        public int MaxInFlight { get; private set; }

        public IReadOnlyList<string> Deleted
        {
            get
            {
                lock (_gate)
                {
                    return [.. _deleted];
                }
            }
        }

        public async Task<WebApplication> StartAsync(CancellationToken cancellationToken)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel();
            var app = builder.Build();
            app.Urls.Add($"http://{IPAddress.Loopback}:0");
            app.Urls.Add($"http://{IPAddress.Loopback}:0");
            app.Run(async context =>
            {
                var method = context.Request.Method;
                var path = context.Request.Path.Value ?? string.Empty;
                var session = context.Request.Headers["X-Auth-Token"].ToString();
                if (method == "DELETE")
                {
                    lock (_gate)
                    {
                        _deleted.Add(path);
                    }

                    await JsonAnswer.Write(context, 204, null);
                    return;
                }

                lock (_gate)
                {
                    MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
                    _firstSessionGets += session == "tok-1" ? 1 : 0;
                }

                try
                {
                    await HandleAsync(context, method, path, session);
                }
                finally
                {
                    lock (_gate)
                    {
                        _inFlight--;
                        _firstSessionGets -= session == "tok-1" ? 1 : 0;
                    }
                }
            });
            await app.StartAsync(cancellationToken);
            return app;
        }

        private async Task HandleAsync(HttpContext context, string method, string path, string session)
        {
            switch (method)
            {
                case "POST":
                    int id;
                    lock (_gate)
                    {
                        id = ++_sessions;
                        if (id == 2)
                        {
                            FirstSessionGetsAtSecondLogin = _firstSessionGets;
                        }
                    }

                    context.Response.Headers["X-Auth-Token"] = $"tok-{id}";
                    context.Response.Headers.Location = $"/redfish/v1/SessionService/Sessions/{id}";
                    await JsonAnswer.Write(context, 201, $$"""{"@odata.id":"/redfish/v1/SessionService/Sessions/{{id}}"}""");
                    break;
                case "GET" when path.TrimEnd('/') == "/redfish/v1":
                    if (context.Connection.LocalPort == SecondPort)
                    {
                        // The second BMC's service root is answered once the first BMC's crawl is under way (at most 30 s).
                        _secondRoot.TrySetResult();
                        await _firstSystems.Task.WaitAsync(TimeSpan.FromSeconds(30), context.RequestAborted)
                            .ContinueWith(_ => { }, TaskScheduler.Default);
                    }

                    await JsonAnswer.Write(context, 200, """{"@odata.id":"/redfish/v1/","@odata.type":"#ServiceRoot.v1_5_0.ServiceRoot","RedfishVersion":"1.6.0","Systems":{"@odata.id":"/redfish/v1/Systems"},"Links":{"Sessions":{"@odata.id":"/redfish/v1/SessionService/Sessions"}}}""");
                    break;
                case "GET" when session is not ("tok-1" or "tok-2"):
                    await JsonAnswer.Write(context, 401, null);
                    break;
                case "GET" when path == "/redfish/v1/Systems":
                    if (session == "tok-1")
                    {
                        // The first BMC's crawl is held until the second BMC's service root is asked for (at most 30 s).
                        _firstSystems.TrySetResult();
                        var arrived = await _secondRoot.Task.WaitAsync(TimeSpan.FromSeconds(30), context.RequestAborted)
                            .ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
                        SecondRootDuringFirstCrawl = arrived;
                    }

                    await JsonAnswer.Write(context, 200, """{"@odata.id":"/redfish/v1/Systems","Members":[]}""");
                    break;
                default:
                    await JsonAnswer.Write(context, 404, null);
                    break;
            }
        }
    }
}
