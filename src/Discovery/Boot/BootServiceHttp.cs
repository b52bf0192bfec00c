using System.Net.Http.Headers;

namespace Discovery.Boot;

/// <summary>What the BSS and cloud-init clients share: the HttpClient with its bearer token, and turning a refusal into a <see cref="BootServiceException"/>.</summary>
internal static class BootServiceHttp
{
    /// <summary>A client whose relative URLs resolve under <paramref name="baseUri"/>; the token goes in the Authorization header only.</summary>
    public static HttpClient Create(Uri baseUri, string? token, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var client = new HttpClient { BaseAddress = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/"), Timeout = timeout };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Throws, naming the method, URL, status and (cut) body, unless the answer is 2xx.</summary>
    /// <exception cref="BootServiceException">The answer is not 2xx.</exception>
    public static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var request = response.RequestMessage;
            throw new BootServiceException($"{request?.Method} {request?.RequestUri}: HTTP {(int)response.StatusCode} {Text.QuotedValue.Of(body)}");
        }
    }
}
