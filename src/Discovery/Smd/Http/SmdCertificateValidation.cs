using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Discovery.Redfish.Tls;

namespace Discovery.Smd.Http;

/// <summary>Verifies SMD's certificate against the CA certificates of one PEM file (<c>--cacert</c>) instead of the system store.</summary>
internal static class SmdCertificateValidation
{
    /// <summary>A callback that accepts a certificate chaining to a CA in <paramref name="caFile"/> and naming the host.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The file holds no PEM certificate.</exception>
    public static RemoteCertificateValidationCallback Create(string caFile)
    {
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(caFile);
        if (authorities.Count == 0)
        {
            throw new System.Security.Cryptography.CryptographicException($"{caFile} holds no PEM certificate");
        }

        return (_, certificate, _, errors) => certificate is not null && CaChain.Verify(certificate, errors, authorities);
    }
}
