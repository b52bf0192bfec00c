using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Discovery.Records;
using Discovery.Records.Parts;
using Discovery.Store;

namespace Discovery.Store.Remote;

/// <summary>
/// The inventory behind a <c>discover serve</c> API (<c>--server URL</c>): the same <see cref="IInventory"/> the local
/// store offers, over HTTP. The bearer token (from a file or the environment) goes on every request.
/// </summary>
internal sealed class InventoryApiClient : IInventory
{
    private readonly HttpClient _http;

    /// <summary>Creates a client of the API at <paramref name="server"/>.</summary>
    /// <param name="server">The API's base URL (<c>http://127.0.0.1:8080</c>).</param>
    /// <param name="token">A bearer token for mutations, or null.</param>
    /// <param name="handler">The HTTP handler (tests pass their own), or null for a new one.</param>
    public InventoryApiClient(Uri server, string? token, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var baseAddress = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = baseAddress;
        _http.Timeout = TimeSpan.FromMinutes(5);
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var json = InventoryJsonContext.Default;
        var pages = ApiJsonContext.Default;
        Nodes = new RemoteRecordSet<ComputeNode>(_http, RecordKind.Node, json.ComputeNode, pages.RecordPageComputeNode);
        Bmcs = new RemoteRecordSet<Bmc>(_http, RecordKind.Bmc, json.Bmc, pages.RecordPageBmc);
        Interfaces = new RemoteRecordSet<NetworkInterface>(_http, RecordKind.Interface, json.NetworkInterface, pages.RecordPageNetworkInterface);
        Groups = new RemoteRecordSet<NodeGroup>(_http, RecordKind.Group, json.NodeGroup, pages.RecordPageNodeGroup);
        BootProfiles = new RemoteRecordSet<BootProfile>(_http, RecordKind.BootProfile, json.BootProfile, pages.RecordPageBootProfile);
        SessionTemplates = new RemoteRecordSet<SessionTemplate>(_http, RecordKind.SessionTemplate, json.SessionTemplate, pages.RecordPageSessionTemplate);
    }

    /// <inheritdoc/>
    public IRecordSet<ComputeNode> Nodes { get; }

    /// <inheritdoc/>
    public IRecordSet<Bmc> Bmcs { get; }

    /// <inheritdoc/>
    public IRecordSet<NetworkInterface> Interfaces { get; }

    /// <inheritdoc/>
    public IRecordSet<NodeGroup> Groups { get; }

    /// <inheritdoc/>
    public IRecordSet<BootProfile> BootProfiles { get; }

    /// <inheritdoc/>
    public IRecordSet<SessionTemplate> SessionTemplates { get; }

    /// <inheritdoc/>
    public async Task<CollectUpsertSummary> UpsertCollectedAsync(IReadOnlyList<CollectedBmc> collected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(collected);
        using var response = await _http.PostAsync("collect", JsonContent.Create(collected, ApiJsonContext.Default.IReadOnlyListCollectedBmc), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.CollectUpsertSummary, cancellationToken))!;
    }

    /// <inheritdoc/>
    public async Task<ApplyReport> ApplyAsync(ApplyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await _http.PostAsync("apply", JsonContent.Create(request, ApiJsonContext.Default.ApplyRequest), cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            using var problem = System.Text.Json.JsonDocument.Parse(text);
            if (problem.RootElement.TryGetProperty("report", out var report))
            {
                return System.Text.Json.JsonSerializer.Deserialize(report, ApiJsonContext.Default.ApplyReport)!;
            }
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.ApplyReport, cancellationToken))!;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<HistoryEvent>> ReadHistoryAsync(HistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<string> { $"limit={query.Limit}" };
        if (query.Kind is { } kind)
        {
            parameters.Add("kind=" + RecordKinds.Name(kind));
        }
        else if (query.Parts)
        {
            parameters.Add("kind=" + PartHistory.Kind);
        }

        if (query.Record is { } record)
        {
            parameters.Add("record=" + Uri.EscapeDataString(record));
        }

        if (query.Since is { } since)
        {
            parameters.Add("since=" + Uri.EscapeDataString(since.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (query.Before is { } before)
        {
            parameters.Add("before=" + before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using var response = await _http.GetAsync("history?" + string.Join("&", parameters), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.IReadOnlyListHistoryEvent, cancellationToken))!;
    }

    /// <inheritdoc/>
    /// <remarks><c>GET /parts</c> answers one list up to its limit (it does not page): the query's limit goes with it.</remarks>
    public async Task<IReadOnlyList<Part>> FindPartsAsync(PartQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<string> { $"limit={query.Limit}" };
        foreach (var (name, value) in new[]
        {
            ("kind", query.Kind), ("serial", query.Serial), ("model", query.Model), ("manufacturer", query.Manufacturer),
            ("part_number", query.PartNumber), ("location", query.Location),
        })
        {
            if (value is not null)
            {
                parameters.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        using var response = await _http.GetAsync("parts?" + string.Join("&", parameters), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var items = (await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.IReadOnlyListJsonElement, cancellationToken))!;
        // A kind this client does not know (a newer server) is skipped rather than shown half-read.
        return [.. items.Select(PartJson.FromElement).OfType<Part>()];
    }

    /// <inheritdoc/>
    public async Task<BootProfileResolution?> ResolveBootProfileAsync(string nodeKey, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync($"nodes/{Uri.EscapeDataString(nodeKey)}/boot-profile", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.BootProfileResolution, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SnapshotInfo>> ListSnapshotsAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("snapshots", cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.IReadOnlyListSnapshotInfo, cancellationToken))!;
    }

    /// <inheritdoc/>
    public async Task<SnapshotInfo?> CreateSnapshotAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync("snapshots", null, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.SnapshotInfo, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<SnapshotInfo?> RestoreSnapshotAsync(string name, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync($"snapshots/{Uri.EscapeDataString(name)}/restore", null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new InventoryQueryException("name", (await ApiProblem.ReadAsync(response, cancellationToken)).Detail);
        }

        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync(ApiJsonContext.Default.SnapshotInfo, cancellationToken);
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _http.Dispose();

    /// <summary>Throws <see cref="InventoryRemoteException"/> with the server's problem detail for a non-success status.</summary>
    internal static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var problem = await ApiProblem.ReadAsync(response, cancellationToken);
        var hint = response.StatusCode == HttpStatusCode.Unauthorized ? " (pass a token with --token-file or DISCOVER_TOKEN)" : string.Empty;
        throw new InventoryRemoteException(
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {problem.Detail}{hint}",
            isTransient: (int)response.StatusCode >= 500);
    }
}
