using Microsoft.AspNetCore.Http;

namespace Discovery.Tests.TestSupport;

/// <summary>A hand-written Redfish server's answer: a status and, when there is one, a JSON body.</summary>
internal static class JsonAnswer
{
    public static Task Write(HttpContext context, int status, string? body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return body is null ? Task.CompletedTask : context.Response.WriteAsync(body, context.RequestAborted);
    }
}
