namespace Discovery.Redfish.Tls;

/// <summary>
/// What the state folder knows of one BMC endpoint's TLS certificate: the SHA-256 fingerprint pinned by
/// <c>--pin</c> (trust on first use) and the one the last scan saw. Fingerprints are lower-case hex; they identify a
/// certificate and reveal no secret.
/// </summary>
internal sealed record BmcFingerprint
{
    /// <summary><c>host:port</c> (<c>[v6]:port</c>), as collect names a target.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The pinned fingerprint, or null when the endpoint has no pin.</summary>
    public string? Pinned { get; init; }

    /// <summary>The fingerprint the last scan recorded, or null.</summary>
    public string? Scanned { get; init; }

    /// <summary>When that scan finished.</summary>
    public DateTimeOffset? ScannedAt { get; init; }

    /// <summary>True when both are known and differ: the certificate changed since it was pinned.</summary>
    public bool Mismatch => Pinned is not null && Scanned is not null && !string.Equals(Pinned, Scanned, StringComparison.Ordinal);
}

/// <summary>The fingerprints found, and why a file could not be read (the rest are still served).</summary>
internal sealed record BmcFingerprintReport(IReadOnlyList<BmcFingerprint> Items, IReadOnlyList<string> Problems);
