using System.Text.Json.Serialization.Metadata;
using Discovery.Store;
using Discovery.Store.Remote;
using Microsoft.AspNetCore.Http;

namespace Discovery.Api.Records;

/// <summary>The one mapping from a store <see cref="WriteOutcome"/> to an HTTP status, headers and body.</summary>
internal static class WriteResults
{
    public static IResult ToHttp<T>(WriteResult<T> result, HttpContext context, JsonTypeInfo<T> json, string location)
        where T : class
    {
        if (result.Succeeded)
        {
            context.Response.Headers[ApiHeaders.Outcome] = result.Outcome.ToString().ToLowerInvariant();
        }

        switch (result.Outcome)
        {
            case WriteOutcome.Created:
                context.Response.Headers.ETag = EntityTags.Format(result.Version);
                return new JsonCreated<T>(location, result.Record!, json);
            case WriteOutcome.Updated:
            case WriteOutcome.Unchanged:
                context.Response.Headers.ETag = EntityTags.Format(result.Version);
                return TypedResults.Json(result.Record!, json);
            case WriteOutcome.Deleted:
                return TypedResults.NoContent();
            case WriteOutcome.NotFound:
                return ApiProblems.NotFound(result.Message ?? "not found");
            case WriteOutcome.Conflict:
                return ApiProblems.Status(StatusCodes.Status409Conflict, "Conflict with another record.", result.Message, result.Errors);
            case WriteOutcome.PreconditionFailed:
                return ApiProblems.Status(StatusCodes.Status412PreconditionFailed, "The record changed since it was read.", result.Message);
            default:
                return ApiProblems.Invalid(result.Message ?? "The record is not valid.", result.Errors);
        }
    }

    /// <summary>201 with a Location header and a source-generated JSON body.</summary>
    private sealed class JsonCreated<T>(string location, T value, JsonTypeInfo<T> json) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status201Created;
            httpContext.Response.Headers.Location = location;
            return httpContext.Response.WriteAsJsonAsync(value, json, contentType: null, httpContext.RequestAborted);
        }
    }
}
