using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Discovery.Api.Auth;

/// <summary>
/// Bearer JWTs for mutations: HS256 with the secret from a file or the environment, or the keys of a JWKS file.
/// Reads stay open. A missing or bad token gets 401 with a problem body (and <c>WWW-Authenticate: Bearer</c>).
/// </summary>
internal static class ApiAuthentication
{
    /// <summary>The authorization policy every mutation carries.</summary>
    public const string WritePolicy = "inventory-write";


    /// <summary>Registers JWT bearer authentication; returns the policy for mutations, or null with <see cref="ApiAuthMode.None"/>.</summary>
    /// <exception cref="ArgumentException">JWT mode without a usable secret or JWKS.</exception>
    public static string? Configure(IServiceCollection services, ApiOptions options)
    {
        if (options.Auth == ApiAuthMode.None)
        {
            return null;
        }

        var keys = SigningKeys(options);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKeys = keys,
                ValidateIssuerSigningKey = true,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                ValidateIssuer = options.Issuer is not null,
                ValidIssuer = options.Issuer,
                ValidateAudience = options.Audience is not null,
                ValidAudience = options.Audience,
                NameClaimType = "sub",
            };
            jwt.Events = new JwtBearerEvents
            {
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    var detail = context.AuthenticateFailure is null
                        ? "this request changes the inventory and needs 'Authorization: Bearer TOKEN'"
                        : "the bearer token was refused: " + context.AuthenticateFailure.GetType().Name.Replace("SecurityToken", string.Empty, StringComparison.Ordinal);
                    await TypedResults.Problem(detail: detail, statusCode: 401, title: "Authentication required.").ExecuteAsync(context.HttpContext);
                },
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(WritePolicy, policy => policy.RequireAuthenticatedUser());
        return WritePolicy;
    }

    private static List<SecurityKey> SigningKeys(ApiOptions options)
    {
        var keys = new List<SecurityKey>();
        if (options.Hs256Secret is { Length: > 0 } secret)
        {
            if (secret.Length < ApiOptions.MinimumSecretBytes)
            {
                throw new ArgumentException($"the HS256 secret has {secret.Length} bytes; it needs at least {ApiOptions.MinimumSecretBytes}");
            }

            keys.Add(new SymmetricSecurityKey(secret));
        }

        if (options.Jwks is { } jwks)
        {
            try
            {
                keys.AddRange(new JsonWebKeySet(jwks).GetSigningKeys());
            }
            catch (Exception ex) when (ex is ArgumentException or JsonException)
            {
                throw new ArgumentException($"the JWKS is not a JSON Web Key Set: {ex.Message}", ex);
            }
        }

        if (keys.Count == 0)
        {
            throw new ArgumentException("JWT authentication needs an HS256 secret (--jwt-secret-file, or env DISCOVER_JWT_SECRET) or a JWKS file (--jwks); or choose --auth none");
        }

        return keys;
    }
}
