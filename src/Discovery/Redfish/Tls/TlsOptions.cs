namespace Discovery.Redfish.Tls;

/// <summary>Certificate checking for BMC connections.</summary>
internal sealed class TlsOptions
{
    /// <summary>The mode. Default <see cref="TlsVerificationMode.AcceptAny"/>.</summary>
    public TlsVerificationMode Mode { get; init; } = TlsVerificationMode.AcceptAny;

    /// <summary>PEM file of CA certificates; required for <see cref="TlsVerificationMode.CaCertificate"/>.</summary>
    public string? CaCertFile { get; init; }

    /// <summary>JSON file of pinned fingerprints (in the state directory); required for <see cref="TlsVerificationMode.Pin"/>.</summary>
    public string? PinFile { get; init; }

    /// <summary>The pin file's name in the state directory.</summary>
    public const string PinFileName = "tls-pins.json";

    /// <summary>
    /// The options of <c>--cacert FILE</c> (verify against a CA), else <c>--pin</c> (trust on first use, pins in
    /// <paramref name="stateDirectory"/>), else accept any certificate and record its fingerprint. The caller has
    /// already refused the two together.
    /// </summary>
    public static TlsOptions For(string? caCertFile, bool pin, string stateDirectory) =>
        caCertFile is not null
            ? new TlsOptions { Mode = TlsVerificationMode.CaCertificate, CaCertFile = caCertFile }
            : pin
                ? new TlsOptions { Mode = TlsVerificationMode.Pin, PinFile = Path.Combine(stateDirectory, PinFileName) }
                : new TlsOptions();
}
