using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Discovery.Testing.Smd;

/// <summary>How an <see cref="SmdDouble"/> runs.</summary>
public sealed class SmdDoubleOptions
{
    /// <summary>
    /// When set, the double behaves like SMD started with a JWKS URL: every route but <c>service/*</c>,
    /// <c>GET /State/Components</c> and <c>GET /Inventory/EthernetInterfaces</c> needs a bearer JWT signed with
    /// this key (see <see cref="TestJwt"/>); else 401.
    /// </summary>
    public RSA? JwtKey { get; init; }

    /// <summary>When set, the double serves HTTPS with this certificate (see <see cref="TestCertificateAuthority"/>).</summary>
    public X509Certificate2? Certificate { get; init; }
}
