using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Discovery.Testing.Smd;

/// <summary>
/// The check SMD makes when it runs with a JWKS URL (BEHAVIOR.md "Authentication"): an RS256 signature that
/// verifies against the key, not expired, and <c>sub</c>, <c>iss</c> and <c>aud</c> present (their values are not
/// checked). No scope is required.
/// </summary>
internal static class SmdJwt
{
    /// <summary>True when <paramref name="authorization"/> is <c>Bearer &lt;JWT&gt;</c> that passes the check.</summary>
    public static bool IsValid(string? authorization, RSA key, DateTimeOffset now)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = authorization[Scheme.Length..].Trim().Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            using var header = JsonDocument.Parse(TestJwt.Decode(parts[0]));
            if (header.RootElement.TryGetProperty("alg", out var alg) is false || alg.GetString() != "RS256")
            {
                return false;
            }

            var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
            if (!key.VerifyData(signed, TestJwt.Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return false;
            }

            using var payload = JsonDocument.Parse(TestJwt.Decode(parts[1]));
            var claims = payload.RootElement;
            if (claims.TryGetProperty("exp", out var exp) && exp.GetInt64() <= now.ToUnixTimeSeconds())
            {
                return false;
            }

            return new[] { "sub", "iss", "aud" }.All(name => claims.TryGetProperty(name, out var value)
                && value.ValueKind is JsonValueKind.String or JsonValueKind.Array);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or CryptographicException)
        {
            return false;
        }
    }
}
