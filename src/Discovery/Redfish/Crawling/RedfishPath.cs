namespace Discovery.Redfish.Crawling;

/// <summary>Identity of a Redfish URI, so the crawler fetches each resource once however it is spelled.</summary>
/// <remarks>
/// Redfish links differ in spelling for one resource: trailing slashes (EX425's ServiceRoot
/// <c>/redfish/v1/</c>), case (iLO 5 links <c>/redfish/v1/systems/1/bios</c>), JSON-pointer fragments
/// (<c>Chassis/1/Thermal#Fans/0</c>). A literal <c>#</c> starts a fragment and is cut; an encoded
/// <c>%23</c> is part of the path, so it is kept (and compared case-insensitively like the rest).
/// </remarks>
internal static class RedfishPath
{
    /// <summary>
    /// <paramref name="link"/> without fragment or trailing slash, as sent on the wire. A query stays: it tells
    /// the pages of an <c>@odata.nextLink</c> chain apart.
    /// </summary>
    public static string Clean(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var path = link.Trim();
        var fragment = path.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            path = path[..fragment];
        }

        var queryStart = path.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart >= 0 ? path[queryStart..] : string.Empty;
        path = (queryStart >= 0 ? path[..queryStart] : path).TrimEnd('/');
        return (path.Length == 0 ? "/" : path) + (query == "?" ? string.Empty : query);
    }

    /// <summary>The identity key of <paramref name="link"/>: <see cref="Clean"/> in lower case.</summary>
    public static string Key(string link) => Clean(link).ToLowerInvariant();

    /// <summary>Whether <paramref name="link"/> is a same-service relative Redfish path (never an absolute URL to another host).</summary>
    public static bool IsFollowable(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.StartsWith("/redfish/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The lower-case segments of <paramref name="key"/> after <c>/redfish/v1</c>; empty for the ServiceRoot.</summary>
    public static string[] SegmentsAfterRoot(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        const string Root = "/redfish/v1";
        if (!key.StartsWith(Root, StringComparison.Ordinal))
        {
            return [];
        }

        var query = key.IndexOf('?', StringComparison.Ordinal);
        var path = query >= 0 ? key[Root.Length..query] : key[Root.Length..];
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }
}
