using System.Net;
using Discovery.CrawlLog;
using Discovery.Records.Xnames;
using Discovery.Redfish.Collect;
using Discovery.Redfish.Http;
using Discovery.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Discovery.Redfish.Tests;

/// <summary>
/// A session token shows up in a body after the login (a BMC that names the session in a resource): the connection
/// that holds the token masks it with the crawl log's mask, since the crawl log no longer keeps every BMC's token.
/// </summary>
public sealed class TokenEchoTests
{
    private const string Token = "tok-3c9f8a61d2e04b7f";

    [Fact]
    public async Task CollectAsync_LaterBodyShowsTheSessionToken_ExchangeHoldsTheMaskInstead()
    {
        var token = TestContext.Current.CancellationToken;
        await using var app = await StartBmcAsync(token);
        var target = new BmcTarget { BaseUri = new Uri(app.Urls.First()) };
        var request = new CollectRequest { Targets = [target] };

        var result = Assert.Single((await new Collector(new FixedCredentials(), new XnameAssigner(IdMap.Empty)).CollectAsync(request, null, token)).Results);

        Assert.Equal(BmcCollectStatus.Ok, result.Status);
        Assert.All(result.Exchanges, e => Assert.DoesNotContain(Token, e.Body ?? string.Empty, StringComparison.Ordinal));
        var login = Assert.Single(result.Exchanges, e => e.Method == "POST");
        Assert.Contains("\"Token\":\"[redacted]\"", login.Body, StringComparison.Ordinal);
        var systems = Assert.Single(result.Exchanges, e => e.Uri == "/redfish/v1/Systems");
        Assert.Equal($$"""{"@odata.id":"/redfish/v1/Systems","Description":"opened by session {{CrawlLogRedactor.Mask}}","Members":[]}""", systems.Body);
        Assert.Single(result.Exchanges, e => e.Method == "DELETE" && e.Status == 204);
    }

    private static async Task<WebApplication> StartBmcAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel();
        var app = builder.Build();
        app.Urls.Add($"http://{IPAddress.Loopback}:0");
        app.Run(context => context.Request.Method switch
        {
            "POST" => Answer(context, 201, """{"@odata.id":"/redfish/v1/SessionService/Sessions/1","Token":"tok-3c9f8a61d2e04b7f"}""", login: true),
            "DELETE" => Answer(context, 204, null),
            _ when context.Request.Path.Value?.TrimEnd('/') == "/redfish/v1" => Answer(
                context, 200, """{"@odata.id":"/redfish/v1/","@odata.type":"#ServiceRoot.v1_5_0.ServiceRoot","RedfishVersion":"1.6.0","Systems":{"@odata.id":"/redfish/v1/Systems"},"SessionService":{"@odata.id":"/redfish/v1/SessionService"},"Links":{"Sessions":{"@odata.id":"/redfish/v1/SessionService/Sessions"}}}"""),
            _ when context.Request.Headers["X-Auth-Token"] != Token => Answer(context, 401, null),
            _ when context.Request.Path == "/redfish/v1/Systems" => Answer(
                context, 200, """{"@odata.id":"/redfish/v1/Systems","Description":"opened by session tok-3c9f8a61d2e04b7f","Members":[]}"""),
            _ => Answer(context, 404, null),
        });
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static Task Answer(HttpContext context, int status, string? body, bool login = false)
    {
        context.Response.StatusCode = status;
        if (login)
        {
            context.Response.Headers["X-Auth-Token"] = Token;
            context.Response.Headers.Location = "/redfish/v1/SessionService/Sessions/1";
        }

        context.Response.ContentType = "application/json";
        return body is null ? Task.CompletedTask : context.Response.WriteAsync(body, context.RequestAborted);
    }
}
