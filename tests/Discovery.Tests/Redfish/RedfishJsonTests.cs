using System.Text;

namespace Discovery.Redfish.Tests;

/// <summary>
/// The collector parses each body from the UTF-8 bytes it read; that must give the very answer the text parse gives
/// for the decoded body, or the crawl (and replay, which parses the logged text) would see other documents.
/// </summary>
public sealed class RedfishJsonTests
{
    public static TheoryData<byte[]> Bodies => new()
    {
        Encoding.UTF8.GetBytes("""{"@odata.id":"/redfish/v1/Systems/1","Name":"Système Ω","Links":{"Chassis":[{"@odata.id":"/redfish/v1/Chassis/1"}]}}"""),
        Bytes([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes("\r\n\t {\"Id\":\"1\",}")),                // byte-order mark, whitespace, trailing comma
        Encoding.UTF8.GetBytes("{\"Id\": \"1\" /* comment */}"),
        Encoding.UTF8.GetBytes("\u00A0{\"Id\":\"nbsp before the object\"}"),                       // whitespace only the text trims
        Bytes(Encoding.UTF8.GetBytes("{\"Name\":\"bad "), [0xC3, 0x28], Encoding.UTF8.GetBytes("\"}")), // invalid UTF-8: decoding replaces it
        Encoding.UTF8.GetBytes("{\"Name\":\"unterminated"),
        Encoding.UTF8.GetBytes("{\"Id\":\"1\"} {\"Id\":\"2\"}"),                                        // a second value after the object
        Encoding.UTF8.GetBytes("{\"Id\":\"1\"} /* trailing comment */ \r\n"),                               // only a comment after it
        Encoding.UTF8.GetBytes("[1,2,3]"),
        Encoding.UTF8.GetBytes("   "),
        Encoding.UTF8.GetBytes("<html>not json</html>"),
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void ParseObject_FromBytes_MatchesTheDecodedText(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);

        var fromText = RedfishJson.ParseObject(text);
        var fromBytes = RedfishJson.ParseObject(body, text);

        Assert.Equal(fromText.HasValue, fromBytes.HasValue);
        if (fromText is { } expected && fromBytes is { } actual)
        {
            Assert.Equal(expected.GetRawText(), actual.GetRawText());
        }
    }

    [Fact]
    public void ParseObject_FromBytes_InvalidUtf8_KeepsTheReplacementCharacterTheTextHas()
    {
        var body = Bytes(Encoding.UTF8.GetBytes("{\"Name\":\"a"), [0xFF], Encoding.UTF8.GetBytes("b\"}"));

        var document = RedfishJson.ParseObject(body, Encoding.UTF8.GetString(body));

        Assert.Equal("a\uFFFDb", document?.GetProperty("Name").GetString());
    }

    private static byte[] Bytes(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
