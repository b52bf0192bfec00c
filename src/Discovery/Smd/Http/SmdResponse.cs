using System.Globalization;
using System.Text.Json;
using Discovery.Smd.Payloads;

namespace Discovery.Smd.Http;

/// <summary>What one SMD call came back with after its retries: a status and body, or why none arrived.</summary>
internal sealed record SmdResponse
{
    /// <summary>The HTTP status; null when no answer arrived (connection refused, timeout, TLS).</summary>
    public int? Status { get; init; }

    /// <summary>The body text (may hold the stored BMC password on an endpoint GET: never print it).</summary>
    public string? Body { get; init; }

    /// <summary>Why no answer arrived; null when one did.</summary>
    public string? Error { get; init; }

    /// <summary>Attempts made (1 + retries).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>True for any 2xx.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>
    /// True when SMD itself is unreachable or says it is unavailable (no answer, 502, 503, 504), as opposed to
    /// refusing this one request: the sender stops contacting it for the rest of the run.
    /// </summary>
    public bool IsUnavailable => Status is null or 502 or 503 or 504;

    /// <summary>One line for the user: <c>409 operation would conflict ...</c>, or the transport error, with the attempts made.</summary>
    public string Describe()
    {
        var attempts = Attempts > 1 ? string.Create(CultureInfo.InvariantCulture, $" (after {Attempts} attempts)") : string.Empty;
        if (Status is not { } status)
        {
            return (Error ?? "no answer") + attempts;
        }

        var detail = ProblemDetail() ?? Snippet();
        return string.Create(CultureInfo.InvariantCulture, $"{status}{(detail is null ? string.Empty : " " + detail)}{attempts}");
    }

    /// <summary>The <c>detail</c> of SMD's RFC 7807 body, or null.</summary>
    public string? ProblemDetail()
    {
        if (Body is null || !Body.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            var problem = JsonSerializer.Deserialize(Body, SmdJsonContext.Default.SmdProblem);
            return string.IsNullOrWhiteSpace(problem?.Detail) ? problem?.Title : problem.Detail;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A short, single-line piece of a non-problem error body (a gateway's HTML, say).
    private string? Snippet()
    {
        if (string.IsNullOrWhiteSpace(Body) || IsSuccess)
        {
            return null;
        }

        var line = string.Join(' ', Body.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length > 120 ? line[..120] + "..." : line;
    }
}
