using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Discovery.Store;

namespace Discovery.Store.Remote;

/// <summary>One kind's records behind a <c>discover serve</c> API, with the same outcomes the local store returns.</summary>
internal sealed class RemoteRecordSet<T> : IRecordSet<T>
    where T : class
{
    /// <summary>The most records asked for at once (the server may cap it lower; its next_after says where to go on).</summary>
    private const int MaxPage = 1000;

    private readonly HttpClient _http;
    private readonly JsonTypeInfo<T> _json;
    private readonly JsonTypeInfo<RecordPage<T>> _pageJson;
    private readonly string _collection;

    public RemoteRecordSet(HttpClient http, RecordKind kind, JsonTypeInfo<T> json, JsonTypeInfo<RecordPage<T>> pageJson)
    {
        _http = http;
        Kind = kind;
        _json = json;
        _pageJson = pageJson;
        _collection = RecordKinds.Collection(kind);
    }

    public RecordKind Kind { get; }

    public async Task<RecordPage<T>> ListAsync(RecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = query.Filters.Select(f => (f.Key, f.Value)).ToList();
        if (query.AsOf is { } asOf)
        {
            parameters.Add(("as_of", asOf.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        }

        // The server caps a page; "all" walks the pages. After the first, each page starts after the last record
        // seen (next_after), so records added or deleted meanwhile neither hide others nor show up twice.
        var items = new List<T>();
        RecordPage<T>? first = null;
        RecordPage<T> page;
        var position = (Offset: query.Offset, After: query.After);
        while (true)
        {
            var limit = query.Limit is { } l ? Math.Min(l - items.Count, MaxPage) : MaxPage;
            page = await ReadPageAsync(parameters, position.Offset, position.After, limit, cancellationToken);
            first ??= page;
            items.AddRange(page.Items);
            if (page.NextOffset is null || (query.Limit is { } wanted && items.Count >= wanted))
            {
                break;
            }

            // A server without cursors gives only next_offset.
            position = page.NextAfter is { } next ? (0, next) : (page.NextOffset.Value, null);
        }

        return page with
        {
            Items = items,
            Offset = first.Offset,
            NextOffset = query.Limit is null ? null : page.NextOffset,
            NextAfter = query.Limit is null ? null : page.NextAfter,
        };
    }

    public async Task<Versioned<T>?> GetAsync(string key, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync($"{_collection}/{Uri.EscapeDataString(key)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await InventoryApiClient.EnsureSuccessAsync(response, cancellationToken);
        var record = (await response.Content.ReadFromJsonAsync(_json, cancellationToken))!;
        return new Versioned<T>(record, Version(response));
    }

    public Task<WriteResult<T>> CreateAsync(T record, WriteConditions conditions, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, _collection, record, conditions, cancellationToken);

    public Task<WriteResult<T>> ReplaceAsync(string key, T record, WriteConditions conditions, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"{_collection}/{Uri.EscapeDataString(key)}", record, conditions, cancellationToken);

    public Task<WriteResult<T>> DeleteAsync(string key, WriteConditions conditions, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{_collection}/{Uri.EscapeDataString(key)}", null, conditions, cancellationToken);

    private async Task<RecordPage<T>> ReadPageAsync(List<(string Key, string Value)> parameters, int offset, string? after, int limit, CancellationToken cancellationToken)
    {
        IEnumerable<(string Key, string Value)> query = [.. parameters, ("offset", offset.ToString(CultureInfo.InvariantCulture)), ("limit", limit.ToString(CultureInfo.InvariantCulture))];
        if (after is not null)
        {
            query = query.Append(("after", after));
        }

        using var response = await _http.GetAsync($"{_collection}?{string.Join("&", query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"))}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var problem = await ApiProblem.ReadAsync(response, cancellationToken);
            throw new InventoryQueryException(problem.Errors.FirstOrDefault()?.Field ?? string.Empty, problem.Detail);
        }

        await InventoryApiClient.EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync(_pageJson, cancellationToken))!;
    }

    private static long Version(HttpResponseMessage response) =>
        EntityTags.TryParse(response.Headers.ETag?.ToString(), out var version) && version is { } v ? v : 0;

    private async Task<WriteResult<T>> SendAsync(HttpMethod method, string url, T? record, WriteConditions conditions, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (record is not null)
        {
            request.Content = JsonContent.Create(record, _json);
        }

        if (conditions.IfMatch is { } ifMatch)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(EntityTags.Format(ifMatch)));
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var outcome = response.Headers.TryGetValues(ApiHeaders.Outcome, out var values)
                && Enum.TryParse<WriteOutcome>(values.First(), ignoreCase: true, out var parsed)
                ? parsed
                : response.StatusCode == HttpStatusCode.Created ? WriteOutcome.Created : response.StatusCode == HttpStatusCode.NoContent ? WriteOutcome.Deleted : WriteOutcome.Updated;
            var body = response.StatusCode == HttpStatusCode.NoContent ? null : await response.Content.ReadFromJsonAsync(_json, cancellationToken);
            return new WriteResult<T> { Outcome = outcome, Record = body, Version = Version(response) };
        }

        var outcomeFor = response.StatusCode switch
        {
            HttpStatusCode.NotFound => WriteOutcome.NotFound,
            HttpStatusCode.Conflict => WriteOutcome.Conflict,
            HttpStatusCode.PreconditionFailed => WriteOutcome.PreconditionFailed,
            HttpStatusCode.BadRequest => WriteOutcome.Invalid,
            _ => (WriteOutcome?)null,
        };
        if (outcomeFor is null)
        {
            await InventoryApiClient.EnsureSuccessAsync(response, cancellationToken);
        }

        var problem = await ApiProblem.ReadAsync(response, cancellationToken);
        return new WriteResult<T> { Outcome = outcomeFor!.Value, Message = problem.Detail, Errors = problem.Errors };
    }
}
