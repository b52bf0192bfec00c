using System.Text.Json;

namespace Discovery.MockBmc.Mockups;

/// <summary>A string value met while walking a JSON body, with the property it belongs to.</summary>
internal readonly record struct JsonStringValue(string? Property, string Value, int Offset, int Length, int Depth);

/// <summary>
/// Walks every string value of a JSON body with its property name (array items report the array's name) and
/// the byte offset of its raw content, so values can later be swapped without re-serializing the body.
/// </summary>
internal static class JsonStringWalker
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Returns the string values, or an empty list when the body is not valid JSON.</summary>
    public static List<JsonStringValue> Walk(byte[] body)
    {
        var values = new List<JsonStringValue>();
        var arrays = new Stack<string?>();
        var inArray = new Stack<bool>();
        string? property = null;
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartArray:
                        arrays.Push(property);
                        inArray.Push(true);
                        break;
                    case JsonTokenType.StartObject:
                        inArray.Push(false);
                        break;
                    case JsonTokenType.EndArray:
                        arrays.Pop();
                        inArray.Pop();
                        property = null;
                        break;
                    case JsonTokenType.EndObject:
                        inArray.Pop();
                        property = null;
                        break;
                    case JsonTokenType.String:
                        var owner = inArray.Count > 0 && inArray.Peek() ? arrays.Peek() : property;
                        if (!reader.ValueIsEscaped)
                        {
                            values.Add(new JsonStringValue(owner, reader.GetString()!, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.CurrentDepth));
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Kept as served: a broken mockup file is served broken, as a real BMC would.
            values.Clear();
        }

        return values;
    }
}
