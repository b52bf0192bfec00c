using System.Text.Json;
using Discovery.Store;

namespace Discovery.Store.Remote;

/// <summary>A problem-details body as the client reads it: the detail and the field errors.</summary>
internal sealed record ApiProblem(string Detail, IReadOnlyList<RecordError> Errors)
{
    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var detail = root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : $"HTTP {(int)response.StatusCode}";
            var errors = new List<RecordError>();
            if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in e.EnumerateObject())
                {
                    errors.AddRange(field.Value.EnumerateArray().Select(m => new RecordError(field.Name, m.GetString() ?? string.Empty)));
                }
            }

            return new ApiProblem(detail, errors);
        }
        catch (JsonException)
        {
            return new ApiProblem($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {text[..Math.Min(200, text.Length)]}", []);
        }
    }
}
