using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Discovery.Api.Web;

/// <summary>
/// The web UI's files, embedded in this assembly (<c>Web/assets/**</c>, logical names <c>web/PATH</c>): read once,
/// each with its content type and a strong ETag, so <c>serve</c> needs nothing on disk and fetches nothing.
/// </summary>
internal sealed class WebAssets
{
    private const string Prefix = "web/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, WebAsset> _assets;

    private WebAssets(FrozenDictionary<string, WebAsset> assets)
    {
        _assets = assets;
    }

    /// <summary>The UI's files in this build.</summary>
    public static WebAssets Embedded { get; } = Load(typeof(WebAssets).Assembly);

    /// <summary>Every file's path (relative to the UI's root, <c>/</c>-separated).</summary>
    public IEnumerable<string> Paths => _assets.Keys;

    /// <summary>The file at <paramref name="path"/> (as in <c>pages/nodes.js</c>), or null.</summary>
    public WebAsset? Find(string path) => _assets.GetValueOrDefault(path);

    private static WebAssets Load(Assembly assembly)
    {
        var assets = new Dictionary<string, WebAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var path = name[Prefix.Length..].Replace('\\', '/');
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
            assets[path] = new WebAsset(bytes, type, etag);
        }

        return new WebAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

/// <summary>One embedded file of the UI.</summary>
internal sealed record WebAsset(byte[] Content, string ContentType, string ETag);
