using System.Text.Json;

namespace Discovery.MockBmc.Mockups;

/// <summary>
/// Removes the <c>@Redfish.Copyright</c> annotation from a mockup body. DMTF's mockup tools write it into every file;
/// a real service never serves it, and the Redfish Service Validator fails every resource that carries it.
/// The bytes are cut, not re-serialized, so the rest of the body keeps its spelling (numbers, escapes, indentation).
/// </summary>
internal static class CopyrightAnnotation
{
    private static readonly byte[] Name = "@Redfish.Copyright"u8.ToArray();

    /// <summary>The body without any <c>@Redfish.Copyright</c> member, at any depth; the input itself when it has none or is not JSON.</summary>
    public static byte[] Strip(byte[] body)
    {
        if (body.AsSpan().IndexOf(Name) < 0)
        {
            return body;
        }

        var cuts = new List<(int Start, int End)>();
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(Name))
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Read();
                    reader.Skip();
                    cuts.Add(Widen(body, start, (int)reader.BytesConsumed));
                }
            }
        }
        catch (JsonException)
        {
            // Served as it is: a broken file stays broken, as on a real BMC.
            return body;
        }

        var result = new List<byte>(body.Length);
        var position = 0;
        foreach (var (start, end) in cuts)
        {
            result.AddRange(body.AsSpan(position, start - position));
            position = end;
        }

        result.AddRange(body.AsSpan(position));
        return [.. result];
    }

    // Takes the member's comma with it: the one after it, or (when it is the last member) the one before it.
    private static (int Start, int End) Widen(byte[] body, int start, int end)
    {
        var after = end;
        while (after < body.Length && IsSpace(body[after]))
        {
            after++;
        }

        if (after < body.Length && body[after] == (byte)',')
        {
            after++;
            while (after < body.Length && IsSpace(body[after]))
            {
                after++;
            }

            return (start, after);
        }

        var before = start;
        while (before > 0 && IsSpace(body[before - 1]))
        {
            before--;
        }

        return before > 0 && body[before - 1] == (byte)',' ? (before - 1, end) : (start, end);
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
