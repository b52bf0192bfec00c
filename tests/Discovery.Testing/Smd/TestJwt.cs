using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Discovery.Testing.Smd;

/// <summary>Mints RS256 JWTs for tests of an SMD double that requires one (<see cref="SmdDoubleOptions.JwtKey"/>).</summary>
public static class TestJwt
{
    /// <summary>A token signed with <paramref name="key"/> carrying the given claims (a claim left null is omitted).</summary>
    /// <param name="key">The signing key; the double verifies with the same key.</param>
    /// <param name="expires">The <c>exp</c> claim; null for none.</param>
    /// <param name="subject">The <c>sub</c> claim.</param>
    /// <param name="issuer">The <c>iss</c> claim.</param>
    /// <param name="audience">The <c>aud</c> claim.</param>
    public static string Create(RSA key, DateTimeOffset? expires, string? subject = "discover", string? issuer = "https://opaal.test", string? audience = "smd")
    {
        ArgumentNullException.ThrowIfNull(key);
        var claims = new JsonObject();
        if (subject is not null)
        {
            claims["sub"] = subject;
        }

        if (issuer is not null)
        {
            claims["iss"] = issuer;
        }

        if (audience is not null)
        {
            claims["aud"] = audience;
        }

        if (expires is { } exp)
        {
            claims["exp"] = exp.ToUnixTimeSeconds();
        }

        var header = Encode(Encoding.UTF8.GetBytes("""{"alg":"RS256","typ":"JWT"}"""));
        var payload = Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Encode(signature)}";
    }

    internal static byte[] Decode(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
