using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Discovery.MockBmc.Hosting;

/// <summary>
/// The fleet's CA and the per-instance certificates it issues. Real BMCs each present their own certificate, and
/// discover's <c>--pin</c> must tell them apart; one CA lets a client trust the whole fleet with <c>--cacert</c> too.
/// Issuing one (ECDSA P-256 key, signature, TLS context) costs a few milliseconds; a fleet issues them in parallel at start.
/// </summary>
internal sealed class FleetCertificateAuthority : IDisposable
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");
    private readonly X509Certificate2 _authority;
    private readonly TimeProvider _time;

    private FleetCertificateAuthority(X509Certificate2 authority, TimeProvider time)
    {
        _authority = authority;
        _time = time;
    }

    /// <summary>The CA certificate (with its private key, which never leaves the process).</summary>
    public X509Certificate2 Certificate => _authority;

    public static FleetCertificateAuthority Create(TimeProvider time)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=mock-bmc fleet CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = time.GetUtcNow();
        return new FleetCertificateAuthority(request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10)), time);
    }

    /// <summary>A server certificate for one instance (SAN: its address and localhost), with its TLS context.</summary>
    public SslServerAuthenticationOptions Issue(IPAddress address)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=mock-bmc {address}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(address);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([ServerAuthentication], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var now = _time.GetUtcNow();
        using var issued = request.Create(_authority, now.AddDays(-1), now.AddYears(5), RandomNumberGenerator.GetBytes(16));
        var certificate = issued.CopyWithPrivateKey(key);
        if (OperatingSystem.IsWindows())
        {
            // SChannel cannot use an ephemeral key: give it a persisted one through PKCS#12.
            var ephemeral = certificate;
            certificate = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);
            ephemeral.Dispose();
        }

        return new SslServerAuthenticationOptions
        {
            // The leaf alone, as BMCs send it: a client trusting the CA needs no intermediate, and building the chain
            // into the context more than doubled its cost (about 7 ms a certificate on a busy 2-core machine).
            ServerCertificateContext = SslStreamCertificateContext.Create(certificate, additionalCertificates: null, offline: true),
        };
    }

    public void Dispose() => _authority.Dispose();
}
