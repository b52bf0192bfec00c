using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc.Tests.Mockups;

/// <summary>Rewritten serials keep the form of any original, over many random originals (a property, not examples).</summary>
public sealed class IdentityGeneratorTests
{
    private const string Alphabet = "0123456789abcdefABCDEFghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ:-_. ";

    [Fact]
    public void Serial_RandomOriginals_KeepLengthSeparatorsAndCharacterClasses()
    {
        var random = new Random(13);
        var broken = new List<string>();
        for (var n = 0; n < 5_000; n++)
        {
            var length = random.Next(1, 48);
            var original = new string(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

            var rewritten = IdentityGenerator.Serial(original, seed: random.Next(), index: random.Next(65_536));

            if (!ValueForms.Kept(original, rewritten, "SerialNumber"))
            {
                broken.Add($"'{original}' -> '{rewritten}'");
            }
        }

        Assert.Empty(broken.Take(10));
    }

    [Fact]
    public void Serial_ColonHexCertificateSerial_StaysColonHex()
    {
        const string original = "5b:36:0a:46:ff:2d:95:ba:8b:79:f7:c5:e1:86:04:22:b6:4a:fb:e3";

        var rewritten = IdentityGenerator.Serial(original, seed: 1, index: 3);

        Assert.Matches("^([0-9a-f]{2}:){19}[0-9a-f]{2}$", rewritten);
        Assert.NotEqual(original, rewritten);
    }
}
