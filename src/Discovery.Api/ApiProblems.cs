using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Http;

namespace Discovery.Api;

/// <summary>
/// RFC 7807 problem details, in one place: every error the API sends goes through here, so each names the
/// field or parameter at fault in <c>errors</c> (field → messages) and in <c>detail</c>.
/// </summary>
internal static class ApiProblems
{
    public static IResult Invalid(string title, IReadOnlyList<RecordError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => QuotedValue.Bare(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: string.Join("; ", errors.Select(e => $"{QuotedValue.Bare(e.Field)}: {e.Message}")),
            title: title,
            type: "https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1");

    public static IResult Invalid(string field, string message) => Invalid("The request is not valid.", [new RecordError(field, message)]);

    public static IResult Status(int status, string title, string? detail, IReadOnlyList<RecordError>? errors = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    public static IResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, "Not found.", detail);
}
