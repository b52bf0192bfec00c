using System.Text.Json;

namespace Discovery.Credentials;

/// <summary>
/// The store's JSON form, written by hand with <see cref="Utf8JsonWriter"/> (four fields, not worth a
/// serializer context):
/// <c>{ "version": 1, "key_id": "...", "entries": [ { "key", "username", "nonce", "ciphertext" } ] }</c>.
/// </summary>
internal sealed record SecretsFile
{
    public const int CurrentVersion = 1;

    public string? KeyId { get; init; }

    public IReadOnlyList<SealedSecret> Entries { get; init; } = [];

    public static SecretsFile Parse(ReadOnlySpan<byte> json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            var version = root.GetProperty("version").GetInt32();
            if (version != CurrentVersion)
            {
                throw new CredentialException($"secrets store {path} has version {version}; this discover reads version {CurrentVersion}");
            }

            var entries = new List<SealedSecret>();
            foreach (var entry in root.GetProperty("entries").EnumerateArray())
            {
                entries.Add(new SealedSecret
                {
                    Key = entry.GetProperty("key").GetString()!,
                    Username = entry.GetProperty("username").GetString()!,
                    Nonce = entry.GetProperty("nonce").GetBytesFromBase64(),
                    Ciphertext = entry.GetProperty("ciphertext").GetBytesFromBase64(),
                });
            }

            var keyId = root.TryGetProperty("key_id", out var id) ? id.GetString() : null;
            return new SecretsFile { KeyId = keyId, Entries = entries };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // The parser's message may quote file content near the error; keep only its position.
            throw new CredentialException($"secrets store {path} is damaged (not the expected JSON)");
        }
    }

    public byte[] ToUtf8()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", CurrentVersion);
            writer.WriteString("key_id", KeyId);
            writer.WriteStartArray("entries");
            foreach (var entry in Entries)
            {
                writer.WriteStartObject();
                writer.WriteString("key", entry.Key);
                writer.WriteString("username", entry.Username);
                writer.WriteBase64String("nonce", entry.Nonce);
                writer.WriteBase64String("ciphertext", entry.Ciphertext);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
