using System.Text.Json;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// The crawled Redfish documents of one service, keyed by <see cref="RedfishPath.Key"/>: the input of
/// mapping, rebuildable from stored exchanges so mapping can be replayed without a BMC.
/// </summary>
internal sealed class RedfishDocuments
{
    private readonly Dictionary<string, JsonElement> _documents = new(StringComparer.Ordinal);

    /// <summary>Number of documents held.</summary>
    public int Count => _documents.Count;

    /// <summary>Adds (or replaces) the document served at <paramref name="uri"/>.</summary>
    public void Add(string uri, JsonElement document) => _documents[RedfishPath.Key(uri)] = document;

    /// <summary>Parses <paramref name="json"/> and adds it; returns false (adding nothing) when it is not a JSON object.</summary>
    public bool TryAdd(string uri, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(RedfishJson.RepairSurrogateEscapes(json));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            Add(uri, document.RootElement.Clone());
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The document at <paramref name="uri"/> (any spelling), if crawled.</summary>
    public bool TryGet(string? uri, out JsonElement document)
    {
        if (uri is null)
        {
            document = default;
            return false;
        }

        return _documents.TryGetValue(RedfishPath.Key(uri), out document);
    }

    /// <summary>Documents for the <c>Members</c> of the collection linked from <paramref name="owner"/>.<paramref name="property"/>.</summary>
    internal IEnumerable<(string Uri, JsonElement Document)> Members(JsonElement owner, string property)
    {
        var collectionUri = owner.Link(property);
        if (!TryGet(collectionUri, out var collection))
        {
            yield break;
        }

        foreach (var uri in MemberUris(collection))
        {
            if (TryGet(uri, out var member))
            {
                yield return (uri, member);
            }
        }
    }

    /// <summary>The <c>@odata.id</c> of each member of <paramref name="collection"/>, in a stable order.</summary>
    internal static IReadOnlyList<string> MemberUris(JsonElement collection)
    {
        if (!collection.TryGetProperty("Members", out var members) || members.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var uris = new List<string>();
        foreach (var member in members.EnumerateArray())
        {
            if (member.ValueKind == JsonValueKind.Object && member.String("@odata.id") is { } uri)
            {
                uris.Add(uri);
            }
        }

        // BMCs do not promise a member order; sort so n0, n1, ... are the same on every crawl.
        uris.Sort((a, b) => string.Compare(RedfishPath.Key(a), RedfishPath.Key(b), StringComparison.Ordinal));
        return uris;
    }
}
