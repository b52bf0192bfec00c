using System.Net.Security;
using Discovery.Redfish.Tls;
using Discovery.Testing;

namespace Discovery.Redfish.Tls.Tests;

public sealed class CaChainTests
{
    [Fact]
    public void Verify_CertificateOfTheCa_Accepted()
    {
        using var authority = TestCertificateAuthority.Create();

        Assert.True(CaChain.Verify(authority.Server, SslPolicyErrors.RemoteCertificateChainErrors, [authority.Authority]));
    }

    [Fact]
    public void Verify_OtherCaOrNameMismatch_Refused()
    {
        using var authority = TestCertificateAuthority.Create();
        using var other = TestCertificateAuthority.Create();

        Assert.False(CaChain.Verify(authority.Server, SslPolicyErrors.None, [other.Authority]));
        Assert.False(CaChain.Verify(authority.Server, SslPolicyErrors.RemoteCertificateNameMismatch, [authority.Authority]));
    }
}
