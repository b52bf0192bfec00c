using System.Text;
using System.Text.Json;

namespace Discovery.CrawlLog;

/// <summary>Finds a Redfish body's <c>@odata.type</c> without parsing the whole document.</summary>
internal static class ODataTypeReader
{
    private const string Property = "\"@odata.type\"";

    /// <summary>
    /// The first <c>@odata.type</c> string in the body. Redfish resources put their own type before their
    /// members, so the first is the resource's; null when absent or the body is not JSON.
    /// </summary>
    public static string? FirstODataType(string? body)
    {
        if (body is null)
        {
            return null;
        }

        var index = body.IndexOf(Property, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        // Parse just `"@odata.type": "..."`, wrapped as a tiny object, so escapes are decoded properly.
        var colon = body.IndexOf(':', index + Property.Length);
        var open = colon < 0 ? -1 : body.IndexOf('"', colon + 1);
        var end = open < 0 ? -1 : body.IndexOf('"', open + 1);
        while (end > 0 && body[end - 1] == '\\')
        {
            end = body.IndexOf('"', end + 1);
        }

        if (end < 0)
        {
            return null;
        }

        // The usual value, right after the colon, has no escapes and no control characters: it is its own decoded text.
        var value = body.AsSpan(open + 1, end - open - 1);
        if (IsJsonSpace(body.AsSpan((index + Property.Length)..colon)) && IsJsonSpace(body.AsSpan((colon + 1)..open))
            && !value.ContainsAnyInRange('\0', '\u001f') && !value.Contains('\\'))
        {
            return value.ToString();
        }

        try
        {
            var fragment = Encoding.UTF8.GetBytes("{" + body[index..(end + 1)] + "}");
            var reader = new Utf8JsonReader(fragment);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static bool IsJsonSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(" \t\r\n") < 0;
}
