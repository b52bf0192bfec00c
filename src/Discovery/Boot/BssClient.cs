using System.Net;
using System.Net.Http.Json;

namespace Discovery.Boot;

/// <summary>
/// The calls discover makes on BSS <c>/boot/v1/bootparameters</c>: read one host's entry, create one, replace one.
/// The bearer token goes in the Authorization header only; messages name the URL and status, never the token.
/// </summary>
internal sealed class BssClient : IDisposable
{
    private const string Path = "boot/v1/bootparameters";

    private readonly HttpClient _client;

    /// <summary>A client of the BSS at <paramref name="baseUri"/>, sending <paramref name="token"/> when given.</summary>
    public BssClient(Uri baseUri, string? token, TimeSpan timeout)
    {
        _client = BootServiceHttp.Create(baseUri, token, timeout);
    }

    /// <summary>The host's entry; null when BSS has none (404 or an empty list).</summary>
    /// <exception cref="BootServiceException">BSS answered something else.</exception>
    public async Task<BssBootParameters?> GetAsync(string host, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync($"{Path}?name={Uri.EscapeDataString(host)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await BootServiceHttp.EnsureAsync(response, cancellationToken);
        var entries = await response.Content.ReadFromJsonAsync(BootJsonContext.Default.ListBssBootParameters, cancellationToken);
        return entries?.FirstOrDefault(e => e.Hosts.Contains(host, StringComparer.Ordinal));
    }

    /// <summary>POSTs (create) or PUTs (replace) <paramref name="entry"/>.</summary>
    /// <exception cref="BootServiceException">BSS refused it.</exception>
    public async Task WriteAsync(BssBootParameters entry, bool create, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(entry, BootJsonContext.Default.BssBootParameters);
        using var response = create
            ? await _client.PostAsync(Path, content, cancellationToken)
            : await _client.PutAsync(Path, content, cancellationToken);
        await BootServiceHttp.EnsureAsync(response, cancellationToken);
    }

    public void Dispose() => _client.Dispose();
}
