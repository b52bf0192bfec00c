using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using Discovery.Text;

namespace Discovery.Store;

/// <summary>
/// The <c>after</c> cursor of a listing: the sort-key values of the last record a page showed, as base64url JSON
/// (<c>["x3000c0s1b0n0","5f0c..."]</c>). The next page starts after those values, not after a count of rows, so a
/// record added or deleted between pages neither hides a record nor shows one twice.
/// </summary>
internal static class PageCursor
{
    /// <summary>The cursor for <paramref name="values"/> (text, or null).</summary>
    public static string Encode(IReadOnlyList<string?> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(value);
                }
            }

            writer.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>The values of <paramref name="cursor"/>; there must be <paramref name="count"/> of them.</summary>
    /// <exception cref="InventoryQueryException">Not a cursor a page of this listing gave out.</exception>
    public static IReadOnlyList<string?> Decode(string cursor, int count)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var refused = new InventoryQueryException("after", $"{QuotedValue.Of(cursor)} is not a cursor of this listing; pass the next_after of the previous page");
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor.AsSpan()));
            if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() != count)
            {
                throw refused;
            }

            return [.. document.RootElement.EnumerateArray().Select(v => v.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => v.GetString(),
                _ => throw refused,
            })];
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw refused;
        }
    }
}
