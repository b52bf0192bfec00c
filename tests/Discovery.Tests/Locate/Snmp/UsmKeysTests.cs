using System.Text;
using Discovery.Locate.Snmp;

namespace Discovery.Tests.Locate.Snmp;

public sealed class UsmKeysTests
{
    private static readonly byte[] RfcEngineId = Convert.FromHexString("000000000000000000000002");

    [Fact]
    public void PasswordToKey_Rfc3414A32_Sha()
    {
        var ku = UsmKeys.PasswordToKey(UsmAuthProtocol.HmacSha96, "maplesyrup"u8);

        Assert.Equal("9FB5CC0381497B3793528939FF788D5D79145211", Convert.ToHexString(ku));
    }

    [Fact]
    public void Localize_Rfc3414A32_Sha()
    {
        var ku = UsmKeys.PasswordToKey(UsmAuthProtocol.HmacSha96, "maplesyrup"u8);

        var kul = UsmKeys.Localize(UsmAuthProtocol.HmacSha96, ku, RfcEngineId);

        Assert.Equal("6695FEBC9288E36282235FC7151F128497B38F3F", Convert.ToHexString(kul));
    }

    [Fact]
    public void Localize_Sha256_Is32BytesAndDependsOnTheEngine()
    {
        var ku = UsmKeys.PasswordToKey(UsmAuthProtocol.HmacSha256x192, "maplesyrup"u8);

        var one = UsmKeys.Localize(UsmAuthProtocol.HmacSha256x192, ku, RfcEngineId);
        var other = UsmKeys.Localize(UsmAuthProtocol.HmacSha256x192, ku, Convert.FromHexString("000000000000000000000003"));

        Assert.Equal(32, one.Length);
        Assert.NotEqual(one, other);
    }

    [Fact]
    public void PasswordToKey_PasswordNotDividingTheBlock_UsesTheRepeatedStream()
    {
        // 7 bytes do not divide 64: the stream must continue across blocks, not restart each block.
        var expected = System.Security.Cryptography.SHA1.HashData(
            Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcdefg", (1_048_576 / 7) + 1)))[..1_048_576]);

        Assert.Equal(expected, UsmKeys.PasswordToKey(UsmAuthProtocol.HmacSha96, "abcdefg"u8));
    }

    [Theory]
    [InlineData(0, 12)]
    [InlineData(1, 24)]
    public void Digest_Protocol_TruncatedHmac(int protocolCode, int length)
    {
        var protocol = (UsmAuthProtocol)protocolCode;
        var key = new byte[32];
        var message = "message"u8.ToArray();

        var digest = UsmKeys.Digest(protocol, key, message);

        Assert.Equal(length, digest.Length);
        var full = protocol == UsmAuthProtocol.HmacSha96
            ? System.Security.Cryptography.HMACSHA1.HashData(key, message)
            : System.Security.Cryptography.HMACSHA256.HashData(key, message);
        Assert.Equal(full[..length], digest);
    }
}
