using System.Security.Cryptography.X509Certificates;

namespace Discovery.Redfish.Tls;

/// <summary>What a <see cref="TlsOptions"/> trusts, loaded once per run: the pins (file or memory) and the CA certificates.</summary>
internal sealed record TlsTrust(CertificatePinStore Pins, X509Certificate2Collection? CaCertificates)
{
    /// <summary>Loads the pin file (pin mode) and the CA file (CA mode); neither otherwise.</summary>
    public static async Task<TlsTrust> LoadAsync(TlsOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pins = options is { Mode: TlsVerificationMode.Pin, PinFile: { } pinFile }
            ? await CertificatePinStore.LoadAsync(pinFile, cancellationToken)
            : CertificatePinStore.InMemory();
        X509Certificate2Collection? ca = null;
        if (options.Mode == TlsVerificationMode.CaCertificate)
        {
            ca = [];
            ca.ImportFromPemFile(options.CaCertFile ?? throw new ArgumentException("CaCertificate mode needs TlsOptions.CaCertFile", nameof(options)));
        }

        return new TlsTrust(pins, ca);
    }

    /// <summary>Keeps the pins of BMCs first met in this run (pin mode only): trust on first use for later runs.</summary>
    public Task SavePinsAsync(TlsOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Mode == TlsVerificationMode.Pin ? Pins.SaveAsync(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>The check of one BMC's certificate.</summary>
    public CertificateCheck For(TlsOptions options, string endpoint) => new(options, CaCertificates, Pins, endpoint);
}
