namespace Discovery.Redfish.Tls;

/// <summary>How the client checks a BMC's certificate.</summary>
internal enum TlsVerificationMode
{
    /// <summary>Accept any certificate (BMCs ship self-signed ones) and record its SHA-256 fingerprint.</summary>
    AcceptAny,

    /// <summary>Verify the chain against the CA certificates in <see cref="TlsOptions.CaCertFile"/>.</summary>
    CaCertificate,

    /// <summary>Trust on first use; refuse a BMC whose fingerprint differs from the one pinned in <see cref="TlsOptions.PinFile"/>.</summary>
    Pin,
}
