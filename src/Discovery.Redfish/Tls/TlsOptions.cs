namespace Discovery.Redfish.Tls;

/// <summary>Certificate checking for BMC connections.</summary>
public sealed class TlsOptions
{
    /// <summary>The mode. Default <see cref="TlsVerificationMode.AcceptAny"/>.</summary>
    public TlsVerificationMode Mode { get; init; } = TlsVerificationMode.AcceptAny;

    /// <summary>PEM file of CA certificates; required for <see cref="TlsVerificationMode.CaCertificate"/>.</summary>
    public string? CaCertFile { get; init; }

    /// <summary>JSON file of pinned fingerprints (in the state directory); required for <see cref="TlsVerificationMode.Pin"/>.</summary>
    public string? PinFile { get; init; }
}
