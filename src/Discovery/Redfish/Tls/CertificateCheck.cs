using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Discovery.Redfish.Tls;

/// <summary>Checks one BMC's certificate during the TLS handshake and remembers what it saw.</summary>
internal sealed class CertificateCheck(TlsOptions options, X509Certificate2Collection? caCertificates, CertificatePinStore pins, string endpoint)
{
    /// <summary>SHA-256 fingerprint (upper-case hex) of the certificate the BMC presented, once connected.</summary>
    public string? Fingerprint { get; private set; }

    /// <summary>Set when <see cref="TlsVerificationMode.Pin"/> refused a changed certificate.</summary>
    public bool PinMismatch { get; private set; }

    /// <summary>Set when CA verification failed.</summary>
    public SslPolicyErrors? RefusedFor { get; private set; }

    /// <summary>The <see cref="RemoteCertificateValidationCallback"/> for this BMC's handler.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null)
        {
            RefusedFor = errors;
            return false;
        }

        Fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(certificate.GetRawCertData()));
        switch (options.Mode)
        {
            case TlsVerificationMode.CaCertificate:
                return VerifyAgainstCa(certificate, errors);
            case TlsVerificationMode.Pin:
                var pinned = pins.PinIfAbsent(endpoint, Fingerprint);
                PinMismatch = !string.Equals(pinned, Fingerprint, StringComparison.OrdinalIgnoreCase);
                return !PinMismatch;
            default:
                return true;
        }
    }

    private bool VerifyAgainstCa(X509Certificate certificate, SslPolicyErrors errors)
    {
        var ok = CaChain.Verify(certificate, errors, caCertificates ?? []);
        if (!ok)
        {
            RefusedFor = errors;
        }

        return ok;
    }
}
