using System.Globalization;

namespace Discovery.Store;

/// <summary>Entity tags of record versions: <c>"42"</c> (strong), and what an <c>If-Match</c> header may hold.</summary>
internal static class EntityTags
{
    /// <summary>The entity tag of <paramref name="version"/>, quotes included.</summary>
    public static string Format(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Reads an <c>If-Match</c> value: <c>"42"</c>, <c>W/"42"</c> or a bare <c>42</c> give 42; <c>*</c> gives null (any version).
    /// </summary>
    /// <returns>False when the value is not an entity tag this store issued (then no version can match).</returns>
    public static bool TryParse(string? value, out long? version)
    {
        version = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text == "*")
        {
            return true;
        }

        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        text = text.Trim('"');
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }

        return false;
    }
}
