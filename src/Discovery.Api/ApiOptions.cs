namespace Discovery.Api;

/// <summary>Process-wide settings of the <c>discover serve</c> API.</summary>
internal sealed record ApiOptions
{
    /// <summary>Smallest HS256 secret accepted, in bytes (RFC 7518 section 3.2: at least the hash size).</summary>
    public const int MinimumSecretBytes = 32;

    /// <summary>Where Kestrel listens (<c>127.0.0.1:8080</c>, <c>[::1]:8080</c>, port 0 for any free port). Required.</summary>
    public required string Listen { get; init; }

    /// <summary>How mutations are authenticated. Default <see cref="ApiAuthMode.Jwt"/>.</summary>
    public ApiAuthMode Auth { get; init; } = ApiAuthMode.Jwt;

    /// <summary>The HS256 secret (at least 32 bytes), read from a file or the environment, never a command-line value.</summary>
    public byte[]? Hs256Secret { get; init; }

    /// <summary>A JWKS document (JSON text) whose keys verify tokens (RS256, ES256, ...), as read from a file.</summary>
    public string? Jwks { get; init; }

    /// <summary>When set, a token's <c>iss</c> must equal it.</summary>
    public string? Issuer { get; init; }

    /// <summary>When set, a token's <c>aud</c> must contain it.</summary>
    public string? Audience { get; init; }

    /// <summary>How often a snapshot is taken (only when something changed since the last one); null or zero: only at shutdown.</summary>
    public TimeSpan? SnapshotInterval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Largest page a listing returns (<c>limit</c> is capped to it). Default 1000.</summary>
    public int MaxPageSize { get; init; } = 1000;

    /// <summary>Largest body of a record's POST or PUT, in bytes (413 past it). Default 8 MiB.</summary>
    public long MaxRecordBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Largest body of <c>POST /apply</c>, in bytes (413 past it). Default 64 MiB.</summary>
    public long MaxApplyBodyBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// Largest body of <c>POST /collect</c>, in bytes (413 past it). Default 1 GiB: far above any fleet's crawl (what
    /// BMCs report is kept whole, not judged), yet a bound on the memory one request can take.
    /// </summary>
    public long MaxCollectBodyBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>The crawl log folder <c>/runs</c> reads (<c>--log-dir</c>); null: no crawl log, and <c>/runs</c> says so.</summary>
    public string? LogDirectory { get; init; }

    /// <summary>Runs without an entity before a run's change report calls it removed (<c>--missing-after</c>). Default 3.</summary>
    public int MissingAfter { get; init; } = 3;

    /// <summary>The state folder whose TLS pins and last scan <c>/tls-fingerprints</c> reads (<c>--state-dir</c>); null: none.</summary>
    public string? StateDirectory { get; init; }
}
