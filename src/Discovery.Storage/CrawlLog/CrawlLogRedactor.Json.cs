using System.Text;
using System.Text.Json;

namespace Discovery.Storage.CrawlLog;

public sealed partial class CrawlLogRedactor
{
    /// <summary>
    /// Masks secret-named string values (numbers only under names that end like a secret)
    /// by splicing the original UTF-8 text, so escapes, spacing and key order survive. Strings directly inside an
    /// array under a secret name are masked too. Booleans and nulls stay (<c>PasswordChangeRequired</c>).
    /// Text that is not JSON is returned unchanged (the free-text scrub still applies).
    /// </summary>
    private static string RedactJson(string body)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        List<(int Start, int End)>? spans = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var secretName = false;
        var numericSecretName = false;
        var secretArrayDepth = -1;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString();
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
            return body;
        }

        return spans is null ? body : Splice(utf8, spans);
    }

    // A number is masked only under a name that is the secret itself (a numeric PIN or key), never under a
    // policy such as AccountService's MinPasswordLength.
    private static bool IsNumericSecretName(string? name) =>
        name is not null
        && (name.EndsWith("password", StringComparison.OrdinalIgnoreCase)
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
