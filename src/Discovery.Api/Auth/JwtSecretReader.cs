using System.Text;
using Discovery.Configuration;
using Discovery.Pipeline;

namespace Discovery.Api.Auth;

/// <summary>The HS256 secret that <c>serve</c> verifies and <c>token</c> signs with, read alike by both.</summary>
internal static class JwtSecretReader
{
    /// <summary>
    /// The first line of <c>--jwt-secret-file</c>, else <c>$DISCOVER_JWT_SECRET</c>; empty when neither is set. A secret
    /// shorter than <see cref="ApiOptions.MinimumSecretBytes"/> is bad input naming its source, never its text.
    /// </summary>
    /// <exception cref="PipelineInputException">The file is unreadable or empty, or the secret too short.</exception>
    public static async Task<byte[]> ReadAsync(EffectiveSettings settings, string? home, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<string>();
        var text = await JobPlans.SecretAsync(settings, home, SettingKeys.JwtSecretFile, SettingKeys.JwtSecret, errors, cancellationToken);
        JobPlans.ThrowIfAny(errors);
        var secret = Encoding.UTF8.GetBytes(text ?? string.Empty);
        if (secret.Length is > 0 and < ApiOptions.MinimumSecretBytes)
        {
            var source = settings.Text(SettingKeys.JwtSecretFile) ?? settings[SettingKeys.JwtSecret].Definition.EnvironmentVariable;
            throw new PipelineInputException($"the HS256 secret from {source} has {secret.Length} bytes; it needs at least {ApiOptions.MinimumSecretBytes}");
        }

        return secret;
    }

    /// <summary>The secret a token is signed with: as <see cref="ReadAsync"/>, and bad input when neither source is set.</summary>
    /// <exception cref="PipelineInputException">No secret, or an unusable one.</exception>
    public static async Task<byte[]> ReadRequiredAsync(EffectiveSettings settings, string? home, CancellationToken cancellationToken)
    {
        var secret = await ReadAsync(settings, home, cancellationToken);
        return secret.Length > 0
            ? secret
            : throw new PipelineInputException($"no HS256 secret of at least {ApiOptions.MinimumSecretBytes} bytes: pass --jwt-secret-file FILE or set DISCOVER_JWT_SECRET");
    }
}
