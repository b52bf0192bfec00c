using System.Globalization;

namespace Discovery.Redfish.Collect;

/// <summary>One Redfish service to collect: scheme, host and port.</summary>
internal sealed record BmcTarget
{
    /// <summary>The service's base URI (<c>https://10.0.0.5:443/</c>), path ignored.</summary>
    public required Uri BaseUri { get; init; }

    /// <summary>The host as connected to (IP literal or name, IPv6 without brackets).</summary>
    public string Host => BaseUri.IdnHost.Trim('[', ']');

    /// <summary>The TCP port.</summary>
    public int Port => BaseUri.Port;

    /// <summary><c>host:port</c>, the key of certificate pins and the label in output.</summary>
    public string Endpoint => BaseUri.HostNameType == UriHostNameType.IPv6
        ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}"
        : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Parses <c>host</c>, <c>host:port</c>, <c>[v6]:port</c> or a URL; HTTPS on 443 unless given. Returns null
    /// when <paramref name="text"/> is not a target.
    /// </summary>
    public static BmcTarget? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            // A bare IPv6 literal has several colons and no brackets.
            trimmed = trimmed.Count(c => c == ':') > 1 && !trimmed.StartsWith('[') ? $"https://[{trimmed}]" : "https://" + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return new BmcTarget { BaseUri = new UriBuilder(uri.Scheme, uri.Host, uri.Port).Uri };
    }
}
