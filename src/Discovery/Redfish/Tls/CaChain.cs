using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Discovery.Redfish.Tls;

/// <summary>Verifies a server certificate against the CA certificates of a <c>--cacert</c> file instead of the system store.</summary>
internal static class CaChain
{
    /// <summary>
    /// True when <paramref name="certificate"/> chains to one of <paramref name="authorities"/> (revocation not
    /// checked: lab CAs publish no CRL) and names the host (<paramref name="errors"/> has no name mismatch).
    /// </summary>
    public static bool Verify(X509Certificate certificate, SslPolicyErrors errors, X509Certificate2Collection authorities)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(authorities);
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        return chain.Build(presented);
    }
}
