using Discovery.Locate.Snmp;

namespace Discovery.Tests.Locate.Snmp;

public sealed class UsmAesPrivacyTests
{
    // NIST SP 800-38A F.3.13/F.3.14 (CFB128-AES128), the mode RFC 3826 section 3.1.3 names.
    private static readonly byte[] Key = Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C");
    private static readonly byte[] Iv = Convert.FromHexString("000102030405060708090A0B0C0D0E0F");
    private const string Plain = "6BC1BEE22E409F96E93D7E117393172AAE2D8A571E03AC9C9EB76FAC45AF8E5130C81C46A35CE411E5FBC1191A0A52EFF69F2445DF4F9B17AD2B417BE66C3710";
    private const string Cipher = "3B3FD92EB72DAD20333449F8E83CFB4AC8A64537A0B3A93FCDE3CDAD9F1CE58B26751F67A3CBB140B1808CF187A4F4DFC04B05357C5D1C0EEAC4C66F9FF7F2E6";

    [Fact]
    public void Encrypt_NistCfb128_MatchesVector() =>
        Assert.Equal(Cipher, Convert.ToHexString(UsmAesPrivacy.Encrypt(Key, Iv, Convert.FromHexString(Plain))));

    [Fact]
    public void Decrypt_NistCfb128_MatchesVector() =>
        Assert.Equal(Plain, Convert.ToHexString(UsmAesPrivacy.Decrypt(Key, Iv, Convert.FromHexString(Cipher))));

    [Fact]
    public void Encrypt_PartialLastBlock_IsThePrefixOfTheFullCipher()
    {
        var plain = Convert.FromHexString(Plain)[..37];

        var cipher = UsmAesPrivacy.Encrypt(Key, Iv, plain);

        Assert.Equal(Cipher[..74], Convert.ToHexString(cipher));
        Assert.Equal(plain, UsmAesPrivacy.Decrypt(Key, Iv, cipher));
    }

    [Fact]
    public void Encrypt_LongerKey_UsesTheFirst16Bytes()
    {
        // RFC 3826 section 3.1.2.1: the AES key is the first 128 bits of the localised privacy key (20 bytes under SHA-1).
        var longKey = Key.Concat(new byte[] { 9, 9, 9, 9 }).ToArray();

        Assert.Equal(Cipher, Convert.ToHexString(UsmAesPrivacy.Encrypt(longKey, Iv, Convert.FromHexString(Plain))));
    }

    [Fact]
    public void InitializationVector_Rfc3826_BootsTimeSalt()
    {
        var iv = UsmAesPrivacy.InitializationVector(3, 0x01020304, Convert.FromHexString("A1A2A3A4A5A6A7A8"));

        Assert.Equal("0000000301020304A1A2A3A4A5A6A7A8", Convert.ToHexString(iv));
    }
}
