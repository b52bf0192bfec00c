using System.Text.Json;
using Discovery.CrawlLog;

namespace Discovery.CrawlLog.Tests;

public sealed class CrawlLogRedactorTests
{
    [Fact]
    public void RedactBody_SecretNamesAtAnyDepth_MaskedOthersKept()
    {
        var redactor = new CrawlLogRedactor();
        const string Body = """
            {"@odata.id":"/redfish/v1/AccountService/Accounts/1","UserName":"admin","Password":"hunter22",
             "Oem":{"Vendor":{"SNMP":{"CommunityString":"public-ro","AuthKey":"k3y","PrivPassphrase":"pp"}}},
             "Sessions":[{"Token":"abcd1234","X-Auth-Token":"efgh5678"}],"ClientSecret":"s3",
             "PasswordChangeRequired":false,"MinPasswordLength":8,"KeyUsage":["DigitalSignature"],"Keys":{"@odata.id":"/k"}}
            """;
        var redacted = redactor.RedactBody(Body)!;
        using var json = JsonDocument.Parse(redacted);
        var root = json.RootElement;
        Assert.Equal("***", root.GetProperty("Password").GetString());
        Assert.Equal("admin", root.GetProperty("UserName").GetString());
        var snmp = root.GetProperty("Oem").GetProperty("Vendor").GetProperty("SNMP");
        Assert.Equal("***", snmp.GetProperty("CommunityString").GetString());
        Assert.Equal("***", snmp.GetProperty("AuthKey").GetString());
        Assert.Equal("***", snmp.GetProperty("PrivPassphrase").GetString());
        Assert.Equal("***", root.GetProperty("Sessions")[0].GetProperty("Token").GetString());
        Assert.Equal("***", root.GetProperty("Sessions")[0].GetProperty("X-Auth-Token").GetString());
        Assert.Equal("***", root.GetProperty("ClientSecret").GetString());
        Assert.False(root.GetProperty("PasswordChangeRequired").GetBoolean());
        Assert.Equal(8, root.GetProperty("MinPasswordLength").GetInt32());
        Assert.Equal("DigitalSignature", root.GetProperty("KeyUsage")[0].GetString());
        Assert.Equal("/k", root.GetProperty("Keys").GetProperty("@odata.id").GetString());
        Assert.Equal("/redfish/v1/AccountService/Accounts/1", root.GetProperty("@odata.id").GetString());
    }

    [Fact]
    public void RedactBody_NoSecretNames_ReturnsSameInstance()
    {
        var redactor = new CrawlLogRedactor();
        const string Body = """{"@odata.id":"/redfish/v1/Systems/1","PowerState":"On","Name":"System"}""";
        Assert.Same(Body, redactor.RedactBody(Body));
    }

    [Fact]
    public void RedactBody_PreservesFormattingAroundMaskedValues()
    {
        var redactor = new CrawlLogRedactor();
        const string Body = "{\n  \"Name\": \"caf\\u00e9\",\n  \"Password\" : \"x\\\"y\"\n}";
        Assert.Equal("{\n  \"Name\": \"caf\\u00e9\",\n  \"Password\" : \"***\"\n}", redactor.RedactBody(Body));
    }

    [Fact]
    public void RedactBody_StringsInArrayUnderSecretName_Masked()
    {
        var redactor = new CrawlLogRedactor();
        using var json = JsonDocument.Parse(redactor.RedactBody("""{"RecoveryKey":["a-b-c","d-e-f"],"Other":["keep"]}""")!);
        Assert.All(json.RootElement.GetProperty("RecoveryKey").EnumerateArray(), e => Assert.Equal("***", e.GetString()));
        Assert.Equal("keep", json.RootElement.GetProperty("Other")[0].GetString());
    }

    [Fact]
    public void RedactBody_NonJsonWithKnownSecret_Scrubbed()
    {
        var redactor = new CrawlLogRedactor(["Sup3rS3cret!"]);
        var redacted = redactor.RedactBody("<html>login failed for root/Sup3rS3cret! retry</html>");
        Assert.Equal("<html>login failed for root/*** retry</html>", redacted);
    }

    [Fact]
    public void RedactBody_AuthorizationHeaderEchoedInABodyWithoutSecretNames_Masked()
    {
        // "authorization" is the one header fragment no secret name contains: such a body still gets the header pattern.
        var redactor = new CrawlLogRedactor(["Sup3rS3cret!"]);
        Assert.Equal("<pre>Authorization: Basic *** from ***</pre>", redactor.RedactBody("<pre>Authorization: Basic cm9vdDpwYXNz from Sup3rS3cret!</pre>"));
        Assert.Equal("""{"Note":"Authorization: Bearer ***"}""", redactor.RedactBody("""{"Note":"Authorization: Bearer abc.def"}"""));
    }

    [Fact]
    public void Scrub_AuthHeadersAndPasswordAssignments_Masked()
    {
        var redactor = new CrawlLogRedactor();
        Assert.Equal("sent X-Auth-Token: *** to bmc", redactor.Scrub("sent X-Auth-Token: 6c5e0f2a9b to bmc"));
        Assert.Equal("Authorization: Basic ***", redactor.Scrub("Authorization: Basic cm9vdDpwYXNz"));
        Assert.Equal("user=root&password=***", redactor.Scrub("user=root&password=calvin"));
    }

    [Fact]
    public void AddSecret_AfterCreation_ScrubbedFromLaterText()
    {
        var redactor = new CrawlLogRedactor();
        Assert.Equal("token tok-123456 here", redactor.Scrub("token tok-123456 here"));
        redactor.AddSecret("tok-123456");
        Assert.Equal("token *** here", redactor.Scrub("token tok-123456 here"));
    }

    [Fact]
    public void Scrub_OverlappingSecrets_LongestWins()
    {
        var redactor = new CrawlLogRedactor(["abcd", "abcdefgh"]);
        Assert.Equal("x***y***z", redactor.Scrub("xabcdefghyabcdz"));
    }

    [Fact]
    public void AddSecret_ShorterThanMinimum_Ignored()
    {
        var redactor = new CrawlLogRedactor(["abc"]);
        Assert.Equal("abcabc", redactor.Scrub("abcabc"));
    }

    [Theory]
    [InlineData("Password", true)]
    [InlineData("NewPassword", true)]
    [InlineData("x-auth-token", true)]
    [InlineData("EncryptionKey", true)]
    [InlineData("CommunityString", true)]
    [InlineData("Credentials", true)]
    [InlineData("KeyUsage", false)]
    [InlineData("UserName", false)]
    [InlineData("TokenLifetime", false)]
    public void IsSecretName_Names_Classified(string name, bool expected)
    {
        Assert.Equal(expected, CrawlLogRedactor.IsSecretName(name));
    }

    [Fact]
    public void RedactBody_TruncatedJson_MasksValuesBeforeTheCut()
    {
        var redactor = new CrawlLogRedactor();
        var redacted = redactor.RedactBody("""{"Token":"abcdef123456","Password":"pw-truncat""");
        Assert.DoesNotContain("abcdef123456", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-truncat", redacted, StringComparison.Ordinal);
    }
}
