using System.Text;
using Discovery.Locate.Snmp;
using Discovery.Testing;
using Discovery.Testing.Snmp;

namespace Discovery.IntegrationTests.Locate;

/// <summary>Our SNMP client against net-snmp's snmpd on 127.0.0.1: v2c and v3 authPriv (SHA and SHA-256 with AES-128).</summary>
public sealed class SnmpdInteropTests
{
    private const string Community = "lab-ro-4417";
    private static readonly ObjectIdentifier SysDescr = ObjectIdentifier.Parse("1.3.6.1.2.1.1.1.0");
    private static readonly ObjectIdentifier SystemGroup = ObjectIdentifier.Parse("1.3.6.1.2.1.1");

    private static readonly string Configuration = $"""
        rocommunity {Community} 127.0.0.1
        sysDescr discover-test-agent
        createUser opsSha SHA "auth-pass-sha1" AES "priv-pass-sha1"
        createUser opsSha256 SHA-256 "auth-pass-sha256" AES "priv-pass-sha256"
        rouser opsSha priv
        rouser opsSha256 priv

        """;

    [Fact]
    public async Task V2c_GetAndWalk_ReadTheSystemGroup()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var agent = await SnmpAgentProcess.StartSnmpdAsync(temp.Path, Configuration, token);
        using var client = Client(agent, new CommunitySecurity(Encoding.UTF8.GetBytes(Community)));

        var answer = await client.GetAsync([SysDescr], token);
        var walked = await client.WalkAsync(SystemGroup, 10, token).ToListAsync(token);
        var walkedByNext = await client.WalkAsync(SystemGroup, 0, token).ToListAsync(token);

        Assert.Equal("discover-test-agent", answer.VariableBindings[0].Value.ToString());
        Assert.Contains(walked, b => b.Oid.Equals(SysDescr));
        Assert.All(walked, b => Assert.True(b.Oid.StartsWith(SystemGroup)));
        Assert.Equal(walked.Select(b => b.Oid), walkedByNext.Select(b => b.Oid));
        Assert.True(walked.Count >= 7, $"{walked.Count} objects");
    }

    [Fact]
    public async Task V2c_WrongCommunity_TimesOutNamingTheLikelyCause()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var agent = await SnmpAgentProcess.StartSnmpdAsync(temp.Path, Configuration, token);
        using var client = Client(agent, new CommunitySecurity("not-the-community"u8), retries: 0);

        var error = await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync([SysDescr], token));

        Assert.Equal(SnmpErrorKind.Timeout, error.Kind);
        Assert.Contains("wrong community", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-community", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opsSha", 0, "auth-pass-sha1", "priv-pass-sha1")]
    [InlineData("opsSha256", 1, "auth-pass-sha256", "priv-pass-sha256")]
    public async Task V3AuthPriv_Get_ReadsSysDescr(string user, int protocol, string auth, string priv)
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var agent = await SnmpAgentProcess.StartSnmpdAsync(temp.Path, Configuration, token);
        var security = new UsmSecurity(UsmUser.Create(user, (UsmAuthProtocol)protocol, auth, priv), TimeProvider.System);
        using var client = Client(agent, security);

        var answer = await client.GetAsync([SysDescr], token);
        var walked = await client.WalkAsync(SystemGroup, 10, token).ToListAsync(token);

        Assert.Equal("discover-test-agent", answer.VariableBindings[0].Value.ToString());
        Assert.True(walked.Count >= 7, $"{walked.Count} objects");
        Assert.False(security.EngineId.IsEmpty);
    }

    [Theory]
    [InlineData("wrong-auth-pass", "priv-pass-sha1", (int)SnmpErrorKind.AuthenticationFailed)]
    [InlineData("auth-pass-sha1", "wrong-priv-pass", (int)SnmpErrorKind.DecryptionFailed)]
    public async Task V3_WrongPassword_IsAClearError(string auth, string priv, int expected)
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var agent = await SnmpAgentProcess.StartSnmpdAsync(temp.Path, Configuration, token);
        using var client = Client(agent, new UsmSecurity(UsmUser.Create("opsSha", UsmAuthProtocol.HmacSha96, auth, priv), TimeProvider.System), retries: 0);

        var error = await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync([SysDescr], token));

        Assert.Equal((SnmpErrorKind)expected, error.Kind);
        Assert.Contains("opsSha", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3_UnknownUser_IsAClearError()
    {
        var token = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var agent = await SnmpAgentProcess.StartSnmpdAsync(temp.Path, Configuration, token);
        using var client = Client(agent, new UsmSecurity(UsmUser.Create("nobody", UsmAuthProtocol.HmacSha96, "whatever-1", "whatever-2"), TimeProvider.System));

        var error = await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync([SysDescr], token));

        Assert.Equal(SnmpErrorKind.UnknownUser, error.Kind);
    }

    private static SnmpClient Client(SnmpAgentProcess agent, ISnmpSecurity security, int retries = 1) =>
        new(new SnmpEndpoint(agent.EndPoint, TimeSpan.FromSeconds(2), retries), security, TimeProvider.System);
}
