namespace Discovery.MockBmc.Mockups;

/// <summary>
/// The lookup key of a request target: path only, lower case, no trailing slash. Segments stay raw
/// (<c>%23</c> stays <c>%23</c>) because mockup folder names are raw URI segments (MOCKUPS.md).
/// Case-insensitive because the iLO 5 mockup links <c>/redfish/v1/systems/1/bios</c> to folder <c>Systems/1/Bios</c>.
/// </summary>
internal static class UriKey
{
    public static string Normalize(string rawTarget)
    {
        ArgumentNullException.ThrowIfNull(rawTarget);
        var path = rawTarget.AsSpan();
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            path = path[..cut];
        }

        // An absolute-form target (http://host/path) is legal in HTTP/1.1.
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var afterScheme = path.IndexOf("//", StringComparison.Ordinal) + 2;
            var slash = path[afterScheme..].IndexOf('/');
            path = slash < 0 ? "/" : path[(afterScheme + slash)..];
        }

        while (path.Length > 1 && path[^1] == '/')
        {
            path = path[..^1];
        }

        return path.ToString().ToLowerInvariant();
    }
}
