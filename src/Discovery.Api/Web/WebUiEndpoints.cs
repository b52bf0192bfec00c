using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Web;

/// <summary>
/// The web UI: <c>GET /</c> is its page, <c>GET /ui/{path}</c> its scripts and styles, all embedded
/// (<see cref="WebAssets"/>). The page reads the same API as everyone else; reading needs no token, and edits send
/// the token the user pastes, with the record's ETag.
/// </summary>
internal static class WebUiEndpoints
{
    /// <summary>
    /// Scripts, styles, data and connections from this server only: no CDN, no inline script, nothing fetched from
    /// elsewhere, and the page cannot be framed. BMC-reported strings are rendered as text, never as markup.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var assets = WebAssets.Embedded;
        routes.MapGet("/", (HttpContext context) => Serve(context, assets.Find("index.html"))).ExcludeFromDescription();
        routes.MapGet("/ui/{**path}", (string path, HttpContext context) => Serve(context, assets.Find(path))).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext context, WebAsset? asset)
    {
        if (asset is null)
        {
            return ApiProblems.NotFound("no such file in the web UI");
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // Revalidate every time: after an upgrade the page and its scripts change together.
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
