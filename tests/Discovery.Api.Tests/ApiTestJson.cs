using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Discovery.Api.Tests;

/// <summary>Small helpers to send JSON and read problem details.</summary>
internal static class ApiTestJson
{
    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The field names of a problem's <c>errors</c>.</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadAsync(response);
        return problem.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];
    }

    public static HttpRequestMessage WithIfMatch(HttpMethod method, string url, string etag, string? json = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        if (json is not null)
        {
            request.Content = Body(json);
        }

        return request;
    }
}
