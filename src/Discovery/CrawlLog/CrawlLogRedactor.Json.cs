using System.Text;
using System.Text.Json;

namespace Discovery.CrawlLog;

internal sealed partial class CrawlLogRedactor
{
    /// <summary>
    /// Masks secret-named string values (numbers only under names that end like a secret)
    /// by splicing the original UTF-8 text, so escapes, spacing and key order survive. Strings directly inside an
    /// array under a secret name are masked too. Booleans and nulls stay (<c>PasswordChangeRequired</c>).
    /// Text that is not JSON keeps the masks found before the parse error (the free-text scrub still applies).
    /// </summary>
    private static string RedactJson(string body, out bool wasJson)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        List<(int Start, int End)>? spans = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var secretName = false;
        var numericSecretName = false;
        var secretArrayDepth = -1;
        Span<char> nameBuffer = stackalloc char[128];
        wasJson = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        // Decode names into a stack buffer: GetString per property made redaction the writer's hot spot.
                        var name = !reader.ValueIsEscaped && reader.ValueSpan.Length <= nameBuffer.Length
                            ? nameBuffer[..Encoding.UTF8.GetChars(reader.ValueSpan, nameBuffer)]
                            : reader.GetString().AsSpan();
                        secretName = IsSecretName(name);
                        numericSecretName = secretName && IsNumericSecretName(name);
                        continue;
                    case JsonTokenType.StartArray when secretName:
                        secretArrayDepth = reader.CurrentDepth;
                        break;
                    case JsonTokenType.EndArray when reader.CurrentDepth == secretArrayDepth:
                        secretArrayDepth = -1;
                        break;
                    case JsonTokenType.String when secretName || (secretArrayDepth >= 0 && reader.CurrentDepth == secretArrayDepth + 1):
                    case JsonTokenType.Number when numericSecretName:
                        (spans ??= []).Add(((int)reader.TokenStartIndex, (int)reader.BytesConsumed));
                        break;
                }

                secretName = false;
                numericSecretName = false;
            }
        }
        catch (JsonException)
        {
            // Truncated or not JSON: keep the masks found before the error; the caller's free-text scrub does the rest.
            return spans is null ? body : Splice(utf8, spans);
        }

        wasJson = true;
        return spans is null ? body : Splice(utf8, spans);
    }

    // A number is masked only under a name that is the secret itself (a numeric PIN or key), never under a
    // policy such as AccountService's MinPasswordLength.
    private static bool IsNumericSecretName(ReadOnlySpan<char> name) =>
        (name.EndsWith("password", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("passphrase", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("secret", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("token", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("key", StringComparison.OrdinalIgnoreCase));

    private static string Splice(byte[] utf8, List<(int Start, int End)> spans)
    {
        var output = new List<byte>(utf8.Length);
        var position = 0;
        foreach (var (start, end) in spans)
        {
            output.AddRange(utf8.AsSpan(position, start - position));
            output.AddRange(MaskedJsonString);
            position = end;
        }

        output.AddRange(utf8.AsSpan(position));
        return Encoding.UTF8.GetString([.. output]);
    }
}
