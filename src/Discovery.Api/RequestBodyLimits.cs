using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Discovery.Api;

/// <summary>
/// How large a request body each kind of write may be, and the 413 problem past it. A body is read whole before it is
/// checked, so the cap is what bounds the memory one request can take.
/// </summary>
internal static class RequestBodyLimits
{
    /// <summary>Sets this request's cap (null: none) before its body is read.</summary>
    public static void Apply(HttpContext context, long? bytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = bytes;
        }
    }

    /// <summary>True for the exception Kestrel throws when a body passes the cap.</summary>
    public static bool IsTooLarge(Exception exception) => exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    /// <summary>The 413 problem for a body larger than <paramref name="bytes"/>.</summary>
    public static IResult TooLarge(long bytes, string what) => ApiProblems.Status(
        StatusCodes.Status413PayloadTooLarge,
        "The request body is too large.",
        string.Create(CultureInfo.InvariantCulture, $"{what} may be at most {bytes} bytes ({bytes / (1024.0 * 1024):0.#} MiB); send less at once"));
}
