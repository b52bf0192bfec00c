using System.Net;
using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc;

/// <summary>Maps the identity values of an instance's mockup (as spelled there) to the values the instance serves.</summary>
public sealed class MockIdentity
{
    private readonly MockupTree _tree;
    private readonly Lazy<string[]> _served;
    private readonly Dictionary<(TokenKind Kind, string Original), int> _byOriginal;

    internal MockIdentity(MockupTree tree, int index, int seed, MockIdentityMode mode, IPAddress address)
    {
        _tree = tree;
        _byOriginal = tree.Tokens.ToDictionary(t => (t.Kind, t.Original), t => t.Id);
        _served = new Lazy<string[]>(() =>
        {
            var served = tree.Tokens.Select(t => Serve(t, index, seed, mode, address)).ToArray();
            foreach (var token in tree.Tokens.Where(t => t.Kind == TokenKind.EmbeddingName))
            {
                served[token.Id] = RewriteEmbedded(token.Original, tree.Tokens, served);
            }

            return served;
        });
    }

    /// <summary>The served MAC for a mockup MAC (any spelling the mockup uses), or the input when it is not one of the mockup's MACs.</summary>
    public string MapMac(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (_byOriginal.TryGetValue((TokenKind.Mac, original), out var id))
        {
            return _served.Value[id];
        }

        var normal = IdentityPatterns.NormalizeMac(original);
        var sibling = normal is null ? null : _tree.Tokens.FirstOrDefault(t => t.Kind == TokenKind.Mac && IdentityPatterns.NormalizeMac(t.Original) == normal);
        return sibling is null ? original : FollowStyle(_served.Value[sibling.Id], original);
    }

    /// <summary>The served UUID for a mockup UUID (any letter case), or the input when unknown.</summary>
    public string MapUuid(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var normal = IdentityPatterns.NormalizeUuid(original);
        var token = normal is null ? null : _tree.Tokens.FirstOrDefault(t => t.Kind == TokenKind.Uuid && IdentityPatterns.NormalizeUuid(t.Original) == normal);
        if (token is null)
        {
            return original;
        }

        var served = _served.Value[token.Id];
        return original.Any(char.IsAsciiLetterUpper) ? served.ToUpperInvariant() : served.ToLowerInvariant();
    }

    /// <summary>The served serial number for a mockup serial (exact spelling), or the input when unknown.</summary>
    public string MapSerial(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return _byOriginal.TryGetValue((TokenKind.Serial, original), out var id) ? _served.Value[id] : original;
    }

    /// <summary>Served values by token id; the firmware token carries the mockup value (faults override it later).</summary>
    internal string[] Served => _served.Value;

    private static string Serve(IdentityToken token, int index, int seed, MockIdentityMode mode, IPAddress address) => token.Kind switch
    {
        TokenKind.ManagerIpv4 => address.ToString(),
        TokenKind.FirmwareVersion => token.Original,
        _ when mode == MockIdentityMode.Original => token.Original,
        TokenKind.Mac => IdentityGenerator.Mac(token.Original, token.Ordinal, seed, index),
        TokenKind.Uuid => IdentityGenerator.Uuid(token.Original, seed, index),
        TokenKind.Serial => IdentityGenerator.Serial(token.Original, seed, index),
        _ => token.Original,
    };

    private static string RewriteEmbedded(string name, IReadOnlyList<IdentityToken> tokens, string[] served)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Serial && token.Original.Length >= 6)
            {
                name = name.Replace(token.Original, served[token.Id], StringComparison.Ordinal);
            }
            else if (token.Kind == TokenKind.Mac)
            {
                var from = IdentityPatterns.NormalizeMac(token.Original)!;
                var to = IdentityPatterns.NormalizeMac(served[token.Id]) ?? from;
                var at = name.IndexOf(from, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    var upper = name.AsSpan(at, from.Length).ContainsAny("ABCDEF");
                    name = string.Concat(name.AsSpan(0, at), upper ? to.ToUpperInvariant() : to, name.AsSpan(at + from.Length));
                }
            }
        }

        return name;
    }

    private static string FollowStyle(string served, string original)
    {
        var hex = served.Replace(":", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        hex = original.Any(char.IsAsciiLetterUpper) ? hex.ToUpperInvariant() : hex.ToLowerInvariant();
        var separator = original.Contains('-', StringComparison.Ordinal) ? "-" : ":";
        return string.Join(separator, Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
    }
}
