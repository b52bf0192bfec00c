using Discovery.Smd.Http;
using Discovery.Testing;
using Discovery.Testing.Smd;

namespace Discovery.Smd.Http.Tests;

public sealed class SmdClientTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static SmdClient Client(Uri smd, int retries = 2, string? caFile = null) =>
        new(new SmdClientOptions { BaseUri = smd, MaxRetries = retries, RetryBaseDelay = TimeSpan.FromMilliseconds(1), CaCertFile = caFile }, TimeProvider.System);

    [Fact]
    public async Task ReadyAsync_503Twice_RetriedUntil200()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        smd.FailNext(2);
        using var client = Client(smd.BaseUri);

        var response = await client.ReadyAsync(Token);

        Assert.Equal((200, 3), (response.Status, response.Attempts));
    }

    [Fact]
    public async Task GetEndpointAsync_ConnectionRefused_ErrorAfterEveryAttempt()
    {
        using var client = Client(SmdDouble.RefusingUri(), retries: 2);

        var response = await client.GetEndpointAsync("x3000c0s1b0", Token);

        Assert.Null(response.Status);
        Assert.True(response.IsUnavailable);
        Assert.Equal(3, response.Attempts);
        Assert.Contains("refused", response.Describe(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetEndpointAsync_404_NotRetriedAndDescribedWithSmdsDetail()
    {
        await using var smd = await SmdDouble.StartAsync(cancellationToken: Token);
        using var client = Client(smd.BaseUri);

        var response = await client.GetEndpointAsync("x3000c0s1b0", Token);

        Assert.Equal((404, 1, "404 no such xname."), (response.Status, response.Attempts, response.Describe()));
    }

    [Fact]
    public async Task ReadyAsync_TlsWithCaFile_TrustedAndWithoutIt_Refused()
    {
        using var authority = TestCertificateAuthority.Create();
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.File("ca.pem"), authority.AuthorityPem, Token);
        await using var smd = await SmdDouble.StartAsync(new SmdDoubleOptions { Certificate = authority.Server }, Token);
        using var trusting = Client(smd.BaseUri, caFile: temp.File("ca.pem"));
        using var plain = Client(smd.BaseUri, retries: 0);

        var trusted = await trusting.ReadyAsync(Token);
        var refused = await plain.ReadyAsync(Token);

        Assert.Equal("https", smd.BaseUri.Scheme);
        Assert.Equal(200, trusted.Status);
        Assert.Null(refused.Status);
        Assert.StartsWith("TLS", refused.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://smd:27779", "http://smd:27779")]
    [InlineData("http://SMD:27779/hsm/v2/", "http://smd:27779")]
    [InlineData("https://cluster:443/apis/smd/", "https://cluster/apis/smd")]
    [InlineData("https://admin:pw@cluster/apis/smd/hsm/v2", "https://cluster/apis/smd")]
    public void StateKey_AnySpelling_OneKeyWithoutCredentials(string url, string expected) =>
        Assert.Equal(expected, new SmdClientOptions { BaseUri = new Uri(url) }.StateKey);
}
