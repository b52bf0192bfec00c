using System.Net;
using System.Net.Http.Json;

namespace Discovery.Boot;

/// <summary>The calls discover makes on the cloud-init server's <c>/admin/groups</c>: read, create, replace one group.</summary>
internal sealed class CloudInitClient : IDisposable
{
    private const string Path = "admin/groups";

    private readonly HttpClient _client;

    /// <summary>A client of the server at <paramref name="baseUri"/>, sending <paramref name="token"/> when given.</summary>
    public CloudInitClient(Uri baseUri, string? token, TimeSpan timeout)
    {
        _client = BootServiceHttp.Create(baseUri, token, timeout);
    }

    /// <summary>The group, or null when the server does not know it (404).</summary>
    public async Task<CloudInitGroup?> GetAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync($"{Path}/{Uri.EscapeDataString(name)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await BootServiceHttp.EnsureAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(BootJsonContext.Default.CloudInitGroup, cancellationToken);
    }

    /// <summary>POSTs a new group, or PUTs (replaces) an existing one.</summary>
    public async Task WriteAsync(CloudInitGroup group, bool create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        using var content = JsonContent.Create(group, BootJsonContext.Default.CloudInitGroup);
        using var response = create
            ? await _client.PostAsync(Path, content, cancellationToken)
            : await _client.PutAsync($"{Path}/{Uri.EscapeDataString(group.Name)}", content, cancellationToken);
        await BootServiceHttp.EnsureAsync(response, cancellationToken);
    }

    public void Dispose() => _client.Dispose();
}
