using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Discovery.CrawlLog;

/// <summary>
/// Keeps secrets out of the crawl log. JSON bodies: the string values of properties whose names look secret
/// (<see cref="IsSecretName"/>) become <c>"***"</c> at any depth, splicing the original text so everything
/// else stays byte-for-byte. Every text (JSON or not, bodies and error messages): known secret strings
/// (passwords, session tokens registered with <see cref="AddSecret"/>) and <c>X-Auth-Token</c> header values
/// become <c>***</c>. Thread-safe.
/// </summary>
internal sealed partial class CrawlLogRedactor
{
    /// <summary>What a redacted value is replaced by.</summary>
    public const string Mask = "***";

    /// <summary>Secrets shorter than this are not scrubbed as free text: masking every "ab" would wreck the log.</summary>
    public const int MinimumSecretLength = 4;

    private static readonly FragmentSearch NameFragments = new(["password", "passphrase", "secret", "credential", "token", "key", "community"]);

    private static readonly FragmentSearch HeaderFragments = new(["auth-token", "authorization", "password", "passphrase"]);

    // Every header fragment holds a name fragment or is "authorization": a body without any of these needs no pattern
    // at all, only the known-secret scrub, and is searched once instead of twice (bodies are most of the log's text).
    private static readonly FragmentSearch NameOrHeaderFragments = new(["password", "passphrase", "secret", "credential", "token", "key", "community", "authorization"]);

    // One vectorized pass instead of four Contains calls: IsSecretName runs for every property name of a body.
    private static readonly FragmentSearch SecretNameParts = new(["password", "passphrase", "secret", "credential"]);

    private static readonly byte[] MaskedJsonString = "\"***\""u8.ToArray();

    private readonly Lock _gate = new();
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);
    private SecretSet? _secretSet;

    /// <summary>Creates a redactor that also scrubs the given secret strings.</summary>
    public CrawlLogRedactor(IEnumerable<string>? secrets = null)
    {
        foreach (var secret in secrets ?? [])
        {
            AddSecret(secret);
        }
    }

    /// <summary>Adds a secret (e.g. a session token obtained mid-crawl) to scrub from everything written later.</summary>
    public void AddSecret(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumSecretLength)
        {
            return;
        }

        lock (_gate)
        {
            if (_secrets.Add(secret))
            {
                string[] byLength = [.. _secrets.OrderByDescending(s => s.Length)];
                _secretSet = new SecretSet(SearchValues.Create(byLength, StringComparison.Ordinal), byLength);
            }
        }
    }

    /// <summary>
    /// Whether a JSON property name names a secret: it contains password, passphrase, secret or credential,
    /// or ends with token, key or community(string), case-insensitively (<c>Password</c>, <c>X-Auth-Token</c>,
    /// <c>EncryptionKey</c>, <c>CommunityString</c>; not <c>KeyUsage</c>).
    /// </summary>
    public static bool IsSecretName(ReadOnlySpan<char> name) =>
        SecretNameParts.IsIn(name)
        || name.EndsWith("token", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("key", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("community", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("communitystring", StringComparison.OrdinalIgnoreCase);

    /// <summary>Redacts a response body: JSON-aware masking, then free-text scrubbing.</summary>
    public string? RedactBody(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return body;
        }

        if (!NameOrHeaderFragments.IsIn(body))
        {
            return ScrubSecrets(body);
        }

        if (!NameFragments.IsIn(body))
        {
            return Scrub(body);
        }

        // A body that parsed as JSON had its secret-named values masked already: only known secrets remain to scrub.
        var redacted = RedactJson(body, out var wasJson);
        return wasJson ? ScrubSecrets(redacted) : Scrub(redacted);
    }

    /// <summary>Scrubs free text (errors, URIs, non-JSON bodies) of known secrets and auth headers.</summary>
    public string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = ScrubSecrets(text);
        if (HeaderFragments.IsIn(text))
        {
            text = HeaderPattern().Replace(text, "$1" + Mask);
        }

        return text;
    }

    private string ScrubSecrets(string text)
    {
        var secrets = _secretSet;
        return secrets is not null && text.AsSpan().ContainsAny(secrets.Values) ? ReplaceAll(text, secrets) : text;
    }

    private static string ReplaceAll(string text, SecretSet secrets)
    {
        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (true)
        {
            var index = rest.IndexOfAny(secrets.Values);
            if (index < 0)
            {
                builder.Append(rest);
                return builder.ToString();
            }

            builder.Append(rest[..index]).Append(Mask);
            // SearchValues says where a match starts, not which secret: the longest one starting there wins.
            var matched = 1;
            foreach (var secret in secrets.ByLengthDescending)
            {
                if (rest[index..].StartsWith(secret, StringComparison.Ordinal))
                {
                    matched = secret.Length;
                    break;
                }
            }

            rest = rest[(index + matched)..];
        }
    }

    // "X-Auth-Token: abc", "Authorization: Basic abc", "password=abc", "\"Password\": \"abc\"" in non-JSON text.
    [GeneratedRegex("""(?i)((?:x-auth-token|authorization)\s*[:=]\s*(?:basic\s+|bearer\s+)?|"?pass(?:word|phrase)"?\s*[:=]\s*"?)([^\s",;&}]+)""")]
    private static partial Regex HeaderPattern();

    private sealed record SecretSet(SearchValues<string> Values, string[] ByLengthDescending);
}
