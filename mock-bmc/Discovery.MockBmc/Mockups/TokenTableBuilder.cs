namespace Discovery.MockBmc.Mockups;

/// <summary>Builds the token table of one mockup: first observes originals, then matches values against them.</summary>
internal sealed class TokenTableBuilder
{
    private readonly Dictionary<string, int> _macOrdinals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _uuidOrdinals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _serials = new(StringComparer.Ordinal);
    private readonly Dictionary<(TokenKind Kind, string Spelling), IdentityToken> _tokens = [];
    private readonly List<IdentityToken> _list = [];

    public IReadOnlyList<IdentityToken> Tokens => _list;

    /// <summary>Pass 1: remember a value as an identity original when its property says what it is.</summary>
    public void Observe(JsonStringValue value)
    {
        var property = value.Property;
        if (property is null || IsLinkProperty(property))
        {
            return;
        }

        if (property.Contains("UUID", StringComparison.OrdinalIgnoreCase) && IdentityPatterns.NormalizeUuid(value.Value) is { } uuid)
        {
            _uuidOrdinals.TryAdd(uuid, _uuidOrdinals.Count);
        }
        else if (property.Contains("SerialNumber", StringComparison.Ordinal) && IdentityPatterns.IsSerial(value.Value))
        {
            _serials.Add(value.Value);
        }
        else if ((property.Contains("MAC", StringComparison.OrdinalIgnoreCase) || property == "AssociatedNetworkAddresses")
            && IdentityPatterns.NormalizeMac(value.Value) is { } mac)
        {
            _macOrdinals.TryAdd(mac, _macOrdinals.Count);
        }
    }

    /// <summary>Pass 2: the token a value stands for wherever it appears (ids and links excepted), or null.</summary>
    public IdentityToken? Match(JsonStringValue value, string? managerIpv4, bool inManager)
    {
        if (value.Property is null || IsLinkProperty(value.Property))
        {
            return null;
        }

        if (inManager && value.Depth == 1 && value.Property == "FirmwareVersion")
        {
            return Get(TokenKind.FirmwareVersion, value.Value, 0);
        }

        if (IdentityPatterns.NormalizeMac(value.Value) is { } mac && _macOrdinals.TryGetValue(mac, out var macOrdinal))
        {
            return Get(TokenKind.Mac, value.Value, macOrdinal);
        }

        if (IdentityPatterns.NormalizeUuid(value.Value) is { } uuid && _uuidOrdinals.TryGetValue(uuid, out var uuidOrdinal))
        {
            return Get(TokenKind.Uuid, value.Value, uuidOrdinal);
        }

        if (_serials.Contains(value.Value))
        {
            return Get(TokenKind.Serial, value.Value, 0);
        }

        if (managerIpv4 is not null && value.Value == managerIpv4)
        {
            return Get(TokenKind.ManagerIpv4, value.Value, 0);
        }

        return value.Property is "HostName" or "FQDN" && EmbedsIdentity(value.Value) ? Get(TokenKind.EmbeddingName, value.Value, 0) : null;
    }

    // Vendors derive default BMC names from the serial (iLO) or the MAC (AMI, Intel): rewrite those too, or 500
    // copies of one mockup would share one host name.
    private bool EmbedsIdentity(string value)
    {
        var lower = value.ToLowerInvariant();
        return _serials.Any(s => s.Length >= 6 && value.Contains(s, StringComparison.Ordinal))
            || _macOrdinals.Keys.Any(m => lower.Contains(m, StringComparison.Ordinal));
    }

    // Ids and links stay as in the mockup: they are URI segments (Intel's System Id is its serial number).
    private static bool IsLinkProperty(string property) =>
        property == "Id" || property.Contains("@odata.", StringComparison.Ordinal) || property.EndsWith("Uri", StringComparison.Ordinal);

    private IdentityToken Get(TokenKind kind, string spelling, int ordinal)
    {
        if (!_tokens.TryGetValue((kind, spelling), out var token))
        {
            token = new IdentityToken(_list.Count, kind, spelling, ordinal);
            _tokens[(kind, spelling)] = token;
            _list.Add(token);
        }

        return token;
    }
}
