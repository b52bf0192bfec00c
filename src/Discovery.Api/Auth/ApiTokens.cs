using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Discovery.Api.Auth;

/// <summary>Issues HS256 tokens the API accepts (for <c>discover token</c>, scripts and tests).</summary>
internal static class ApiTokens
{
    /// <summary>A signed JWT for <paramref name="subject"/>, valid for <paramref name="lifetime"/> from now.</summary>
    /// <param name="secret">The server's HS256 secret (at least 32 bytes).</param>
    /// <param name="subject">The <c>sub</c> claim; history records writes as <c>api:SUBJECT</c>.</param>
    /// <param name="lifetime">How long the token is valid.</param>
    /// <param name="time">The clock.</param>
    /// <param name="issuer">The <c>iss</c> claim, when the server checks one.</param>
    /// <param name="audience">The <c>aud</c> claim, when the server checks one.</param>
    public static string CreateHs256(byte[] secret, string subject, TimeSpan lifetime, TimeProvider time, string? issuer = null, string? audience = null)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Issuer = issuer,
            Audience = audience,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
